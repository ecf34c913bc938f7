package io.coterie.chaincode.spi;

import java.util.Arrays;

/**
 * The outcome of a call: {@link Success} with ABI-encoded return data, or {@link Revert} with
 * ABI-encoded revert data ({@code Error(string)}, {@code Panic(uint256)} or a custom error). Both
 * keep a private copy of their bytes and hand out copies.
 */
public sealed interface CallResult permits CallResult.Success, CallResult.Revert {

  /** Success with {@code returnData} (copied). */
  static CallResult success(byte[] returnData) {
    return new Success(returnData);
  }

  /** Success with no return data. */
  static CallResult success() {
    return new Success(new byte[0]);
  }

  /** Revert with {@code revertData} (copied). */
  static CallResult revert(byte[] revertData) {
    return new Revert(revertData);
  }

  /** {@code true} for {@link Success}. */
  boolean isSuccess();

  /** A copy of the return data (success) or the revert data (revert). */
  byte[] data();

  /** The call succeeded; state changes and events are kept. */
  final class Success implements CallResult {
    private final byte[] returnData;

    public Success(byte[] returnData) {
      this.returnData = returnData.clone();
    }

    /** A copy of the ABI-encoded return data. */
    public byte[] returnData() {
      return returnData.clone();
    }

    @Override
    public boolean isSuccess() {
      return true;
    }

    @Override
    public byte[] data() {
      return returnData();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Success other && Arrays.equals(returnData, other.returnData);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(returnData);
    }

    @Override
    public String toString() {
      return "Success[" + org.web3j.utils.Numeric.toHexString(returnData) + "]";
    }
  }

  /** The call reverted; the host discards its state changes and events. */
  final class Revert implements CallResult {
    private final byte[] revertData;

    public Revert(byte[] revertData) {
      this.revertData = revertData.clone();
    }

    /** A copy of the ABI-encoded revert data. */
    public byte[] revertData() {
      return revertData.clone();
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    @Override
    public byte[] data() {
      return revertData();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Revert other && Arrays.equals(revertData, other.revertData);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(revertData);
    }

    @Override
    public String toString() {
      return "Revert[" + org.web3j.utils.Numeric.toHexString(revertData) + "]";
    }
  }
}
