package io.coterie.chaincode.support;

import io.coterie.chaincode.spi.ChainAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * Signs EIP-712 typed data with web3j's own encoder, as a wallet's {@code eth_signTypedData_v4}
 * would: an independent check of the precompiles' digests. Domains have name, version "1", chain
 * 1337 and the contract.
 */
public final class TypedDataSigner {
  private static final String DOMAIN_TYPE =
      """
      "EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
                      {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}]""";

  private TypedDataSigner() {}

  /** An ECDSA signature as {@code (v, r, s)} ABI arguments. */
  public record Vrs(Uint8 v, Bytes32 r, Bytes32 s) {}

  /** An ERC-2612 permit of {@code owner} for {@code spender} on the token named {@code name}. */
  public static Vrs permit(
      Credentials owner,
      String name,
      ChainAddress token,
      ChainAddress spender,
      BigInteger value,
      long nonce,
      long deadline) {
    return sign(
        owner,
        """
        {"types":{%s,
          "Permit":[{"name":"owner","type":"address"},{"name":"spender","type":"address"},
                    {"name":"value","type":"uint256"},{"name":"nonce","type":"uint256"},
                    {"name":"deadline","type":"uint256"}]},
         "primaryType":"Permit",
         "domain":{"name":"%s","version":"1","chainId":1337,"verifyingContract":"%s"},
         "message":{"owner":"%s","spender":"%s","value":"%s","nonce":%d,"deadline":%d}}"""
            .formatted(
                DOMAIN_TYPE,
                name,
                token.toHex(),
                owner.getAddress(),
                spender.toHex(),
                value,
                nonce,
                deadline));
  }

  /** An OZ Votes {@code Delegation} of {@code signer}'s votes to {@code delegatee}. */
  public static Vrs delegation(
      Credentials signer,
      String name,
      ChainAddress token,
      ChainAddress delegatee,
      long nonce,
      long expiry) {
    return sign(
        signer,
        """
        {"types":{%s,
          "Delegation":[{"name":"delegatee","type":"address"},{"name":"nonce","type":"uint256"},
                        {"name":"expiry","type":"uint256"}]},
         "primaryType":"Delegation",
         "domain":{"name":"%s","version":"1","chainId":1337,"verifyingContract":"%s"},
         "message":{"delegatee":"%s","nonce":%d,"expiry":%d}}"""
            .formatted(DOMAIN_TYPE, name, token.toHex(), delegatee.toHex(), nonce, expiry));
  }

  /** A sample campaigns {@code SampleClaim} of {@code member} for campaign {@code campaignId}. */
  public static Vrs sampleClaim(
      Credentials member, ChainAddress samples, long campaignId, long nonce, long deadline) {
    return sign(
        member,
        """
        {"types":{%s,
          "SampleClaim":[{"name":"campaignId","type":"uint256"},{"name":"member","type":"address"},
                         {"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]},
         "primaryType":"SampleClaim",
         "domain":{"name":"Coterie Samples","version":"1","chainId":1337,"verifyingContract":"%s"},
         "message":{"campaignId":%d,"member":"%s","nonce":%d,"deadline":%d}}"""
            .formatted(
                DOMAIN_TYPE, samples.toHex(), campaignId, member.getAddress(), nonce, deadline));
  }

  private static Vrs sign(Credentials key, String json) {
    try {
      byte[] digest = new StructuredDataEncoder(json).hashStructuredData();
      Sign.SignatureData sig = Sign.signMessage(digest, key.getEcKeyPair(), false);
      return new Vrs(
          new Uint8(Byte.toUnsignedInt(sig.getV()[0])),
          new Bytes32(sig.getR()),
          new Bytes32(sig.getS()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
