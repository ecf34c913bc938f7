package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.CallResult;
import java.util.Objects;

/** A checked input or state: the value, or the revert that explains why there is none. */
sealed interface Checked<T> permits Checked.Ok, Checked.Failed {

  static <T> Checked<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Checked<T> failed(CallResult revert) {
    return new Failed<>(revert);
  }

  record Ok<T>(T value) implements Checked<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  record Failed<T>(CallResult revert) implements Checked<T> {
    public Failed {
      if (revert.isSuccess()) {
        throw new IllegalArgumentException("a failure needs a revert");
      }
    }
  }
}
