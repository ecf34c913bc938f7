package io.coterie.chaincode.did;

import java.util.Arrays;
import org.web3j.utils.Numeric;

/** The {@code bytes value} of an attribute, compared by content. */
final class AttributeValue {
  private final byte[] bytes;

  AttributeValue(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeValue other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return Numeric.toHexString(bytes);
  }
}
