package io.coterie.chaincode.membership;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.Optional;

/** The registry address and the range of collection addresses {@code 0x…3000 + id}. */
public final class MembershipAddresses {
  private MembershipAddresses() {}

  /** The membership registry precompile. */
  public static final ChainAddress REGISTRY = ChainAddress.of(0x1002);

  /** Collection 0; collection {@code id} is at {@code FIRST_COLLECTION + id}. */
  public static final ChainAddress FIRST_COLLECTION = ChainAddress.of(0x3000);

  /** Collections the address range holds: {@code 0x…3000} to {@code 0x…3fff}. */
  public static final long MAX_COLLECTIONS = 0x1000;

  /** The address of collection {@code id} ({@code 0 <= id < MAX_COLLECTIONS}). */
  public static ChainAddress collection(long id) {
    if (id < 0 || id >= MAX_COLLECTIONS) {
      throw new IllegalArgumentException(
          "collection id must be in [0, %d) but was %d".formatted(MAX_COLLECTIONS, id));
    }
    return FIRST_COLLECTION.plus(id);
  }

  /** The collection id of {@code address}, if it lies in the collection range. */
  public static Optional<Long> collectionId(ChainAddress address) {
    BigInteger offset = address.toBigInteger().subtract(FIRST_COLLECTION.toBigInteger());
    if (offset.signum() < 0 || offset.compareTo(BigInteger.valueOf(MAX_COLLECTIONS)) >= 0) {
      return Optional.empty();
    }
    return Optional.of(offset.longValueExact());
  }
}
