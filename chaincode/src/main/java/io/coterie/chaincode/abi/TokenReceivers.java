package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.Set;

/**
 * Who may receive a token (ERC-721 work, ERC-1155 edition). Coterie has no EVM, so the only
 * accounts with code are precompiles; an ERC-721/1155 receiver hook ({@code onERC721Received},
 * {@code onERC1155Received}) can only exist there. Every other account is an externally owned
 * account, for which Ethereum's "safe" transfer check is trivially satisfied. Precompiles live
 * below {@code 0x10000} (Ethereum's at {@code 0x01..}, P-256 at {@code 0x0100}, Coterie's from
 * {@code 0x1000}); none of them holds tokens today, so a transfer there would lock the token
 * forever, and it is refused. A precompile that learns to hold tokens goes into {@link
 * #ACCEPTING_PRECOMPILES}.
 */
public final class TokenReceivers {
  private TokenReceivers() {}

  /** Addresses below this one are reserved for precompiles. */
  public static final BigInteger PRECOMPILE_RANGE_END = BigInteger.valueOf(0x10000);

  /** Precompiles known to accept tokens: none yet. */
  public static final Set<ChainAddress> ACCEPTING_PRECOMPILES = Set.of();

  /** Whether {@code to} may receive a token: a non-zero account outside the precompile range. */
  public static boolean accepts(ChainAddress to) {
    if (to.equals(ChainAddress.ZERO)) {
      return false;
    }
    return to.toBigInteger().compareTo(PRECOMPILE_RANGE_END) >= 0
        || ACCEPTING_PRECOMPILES.contains(to);
  }
}
