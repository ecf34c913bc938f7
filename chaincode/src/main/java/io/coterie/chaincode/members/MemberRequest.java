package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Base64;

/**
 * The EIP-712 hash a passkey signs as its WebAuthn challenge: domain {@code {name: "Coterie Member
 * Accounts", version: "1", chainId, verifyingContract: 0x…1008}}, type {@code MemberRequest(address
 * account,address target,bytes data,uint256 nonce,uint256 deadline)}.
 */
public final class MemberRequest {
  public static final String DOMAIN_NAME = "Coterie Member Accounts";
  public static final String DOMAIN_VERSION = "1";
  public static final Word TYPEHASH =
      Word.keccak(
          "MemberRequest(address account,address target,bytes data,uint256 nonce,uint256 deadline)");

  private MemberRequest() {}

  /** The typed-data hash of one request on chain {@code chainId}. */
  public static Word hash(
      long chainId,
      ChainAddress account,
      ChainAddress target,
      byte[] data,
      BigInteger nonce,
      BigInteger deadline) {
    Word struct =
        Word.keccak(
            AbiValues.encode(
                AbiValues.bytes32(TYPEHASH),
                AbiValues.address(account),
                AbiValues.address(target),
                AbiValues.bytes32(Word.keccak(data)),
                AbiValues.uint256(nonce),
                AbiValues.uint256(deadline)));
    Word domain =
        Eip712.domainSeparator(DOMAIN_NAME, DOMAIN_VERSION, chainId, MemberAccountsLayout.ADDRESS);
    return Eip712.typedDataHash(domain, struct);
  }

  /** The WebAuthn challenge for {@code hash}: base64url of its 32 bytes, without padding. */
  public static String challenge(Word hash) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes());
  }
}
