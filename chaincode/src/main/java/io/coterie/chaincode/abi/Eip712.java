package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes1;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * EIP-712 typed data as OpenZeppelin 5's {@code EIP712} builds it, and OZ's low-{@code s} rule,
 * shared by every precompile that takes signed typed data (permits, ballots, delegations); the
 * signer itself comes from {@link EcRecover}.
 */
public final class Eip712 {
  /** {@code keccak256("EIP712Domain(string name,string version,uint256 chainId,address ...)")}. */
  public static final Word DOMAIN_TYPEHASH =
      Word.keccak(
          "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

  private static final BigInteger HALF_N = EcRecover.CURVE_N.shiftRight(1);

  private Eip712() {}

  /** OZ {@code EIP712._buildDomainSeparator()}. */
  public static Word domainSeparator(
      String name, String version, long chainId, ChainAddress verifyingContract) {
    return Word.keccak(
        AbiValues.encode(
            AbiValues.bytes32(DOMAIN_TYPEHASH),
            AbiValues.bytes32(Word.keccak(name)),
            AbiValues.bytes32(Word.keccak(version)),
            AbiValues.uint256(chainId),
            AbiValues.address(verifyingContract)));
  }

  /**
   * ERC-5267 {@code eip712Domain()}'s return data as OZ's {@code EIP712} answers it: fields 0x0f
   * (name, version, chain id, verifying contract), no salt, no extensions.
   */
  public static byte[] erc5267Domain(
      String name, String version, long chainId, ChainAddress verifyingContract) {
    return AbiValues.encode(
        new Bytes1(new byte[] {0x0f}),
        AbiValues.string(name),
        AbiValues.string(version),
        AbiValues.uint256(chainId),
        AbiValues.address(verifyingContract),
        AbiValues.bytes32(Word.ZERO),
        new DynamicArray<>(Uint256.class, List.of()));
  }

  /** {@code keccak256("\x19\x01" . domainSeparator . structHash)}. */
  public static Word typedDataHash(Word domainSeparator, Word structHash) {
    byte[] buf = new byte[2 + 2 * Word.SIZE];
    buf[0] = 0x19;
    buf[1] = 0x01;
    System.arraycopy(domainSeparator.bytes(), 0, buf, 2, Word.SIZE);
    System.arraycopy(structHash.bytes(), 0, buf, 2 + Word.SIZE, Word.SIZE);
    return Word.keccak(buf);
  }

  /** Whether {@code s} is in the lower half of the curve order, as OZ's ECDSA requires. */
  public static boolean isLowS(BigInteger s) {
    return s.compareTo(HALF_N) <= 0;
  }
}
