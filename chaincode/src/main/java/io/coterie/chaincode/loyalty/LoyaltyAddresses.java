package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.OptionalLong;

/** Where the loyalty precompiles live: the registry and the range of program tokens. */
public final class LoyaltyAddresses {
  private LoyaltyAddresses() {}

  /** The registry precompile {@code 0x…1001}. */
  public static final ChainAddress REGISTRY = ChainAddress.of(0x1001);

  /** Program {@code id}'s token is at {@code TOKEN_BASE + id}. */
  public static final ChainAddress TOKEN_BASE = ChainAddress.of(0x2000);

  /**
   * Program ids are in {@code [0, MAX_PROGRAMS)}: 4096, so the token range {@code 0x…2000 ..
   * 0x…2fff} stops below the membership collections at {@code 0x…3000 + id}.
   */
  public static final long MAX_PROGRAMS = 0x1000;

  private static final BigInteger BASE = TOKEN_BASE.toBigInteger();

  /** The token address of program {@code id}. */
  public static ChainAddress token(long id) {
    if (id < 0 || id >= MAX_PROGRAMS) {
      throw new IllegalArgumentException(
          "program ids are in [0, %d), got %d".formatted(MAX_PROGRAMS, id));
    }
    return TOKEN_BASE.plus(id);
  }

  /** The program id whose token is {@code address}, if it lies in the token range. */
  public static OptionalLong programId(ChainAddress address) {
    BigInteger offset = address.toBigInteger().subtract(BASE);
    if (offset.signum() < 0 || offset.compareTo(BigInteger.valueOf(MAX_PROGRAMS)) >= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(offset.longValueExact());
  }
}
