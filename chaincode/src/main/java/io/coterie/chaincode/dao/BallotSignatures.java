package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * EIP-712 ballots exactly as OZ 5 {@code Governor} signs them: domain {@code (name = governor name,
 * version = "1", chainId, verifyingContract = 0x…1003)}, {@code Ballot} and {@code ExtendedBallot}
 * structs, and OZ {@code ECDSA.tryRecover}'s rules for 65-byte signatures (low {@code s}, {@code v}
 * of 27 or 28).
 */
final class BallotSignatures {
  /** Ethereum's {@code ecrecover} precompile cost, charged per signature check. */
  static final long ECRECOVER_GAS = 3_000;

  static final Word DOMAIN_TYPEHASH =
      Word.keccak(
          "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
  static final Word BALLOT_TYPEHASH =
      Word.keccak("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)");
  static final Word EXTENDED_BALLOT_TYPEHASH =
      Word.keccak(
          "ExtendedBallot(uint256 proposalId,uint8 support,address voter,uint256 nonce,string reason,bytes params)");

  private static final BigInteger CURVE_ORDER =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
  private static final BigInteger HALF_CURVE_ORDER = CURVE_ORDER.shiftRight(1);

  private BallotSignatures() {}

  /** The EIP-712 domain separator of the governor on chain {@code chainId}. */
  static Word domainSeparator(long chainId) {
    return Word.keccak(
        AbiValues.encode(
            b32(DOMAIN_TYPEHASH),
            b32(Word.keccak(GovernorPrecompile.NAME)),
            b32(Word.keccak(GovernorPrecompile.VERSION)),
            AbiValues.uint256(chainId),
            AbiValues.address(GovernorPrecompile.ADDRESS)));
  }

  /** The digest a voter signs for {@code castVoteBySig}. */
  static Word ballotDigest(
      long chainId, BigInteger proposalId, int support, ChainAddress voter, BigInteger nonce) {
    Word structHash =
        Word.keccak(
            AbiValues.encode(
                b32(BALLOT_TYPEHASH),
                AbiValues.uint256(proposalId),
                new Uint8(support),
                AbiValues.address(voter),
                AbiValues.uint256(nonce)));
    return typedDataHash(chainId, structHash);
  }

  /** The digest a voter signs for {@code castVoteWithReasonAndParamsBySig}. */
  static Word extendedBallotDigest(
      long chainId,
      BigInteger proposalId,
      int support,
      ChainAddress voter,
      BigInteger nonce,
      byte[] reason,
      byte[] params) {
    Word structHash =
        Word.keccak(
            AbiValues.encode(
                b32(EXTENDED_BALLOT_TYPEHASH),
                AbiValues.uint256(proposalId),
                new Uint8(support),
                AbiValues.address(voter),
                AbiValues.uint256(nonce),
                b32(Word.keccak(reason)),
                b32(Word.keccak(params))));
    return typedDataHash(chainId, structHash);
  }

  /** OZ {@code ECDSA.tryRecover(hash, signature)}: the signer, or empty when invalid. */
  static Optional<ChainAddress> recover(Word digest, byte[] signature) {
    if (signature.length != 65) {
      return Optional.empty();
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    int v = signature[64] & 0xff;
    if (s.compareTo(HALF_CURVE_ORDER) > 0 || (v != 27 && v != 28)) {
      return Optional.empty();
    }
    if (r.signum() == 0 || s.signum() == 0 || r.compareTo(CURVE_ORDER) >= 0) {
      return Optional.empty();
    }
    BigInteger publicKey;
    try {
      publicKey = Sign.recoverFromSignature(v - 27, new ECDSASignature(r, s), digest.bytes());
    } catch (RuntimeException e) {
      return Optional.empty(); // not a point on the curve: ecrecover returns address(0)
    }
    if (publicKey == null) {
      return Optional.empty();
    }
    return Optional.of(ChainAddress.fromHex(Keys.getAddress(publicKey)));
  }

  private static Word typedDataHash(long chainId, Word structHash) {
    byte[] buf = new byte[66];
    buf[0] = 0x19;
    buf[1] = 0x01;
    System.arraycopy(domainSeparator(chainId).bytes(), 0, buf, 2, 32);
    System.arraycopy(structHash.bytes(), 0, buf, 34, 32);
    return Word.keccak(buf);
  }

  private static Bytes32 b32(Word w) {
    return AbiValues.bytes32(w);
  }
}
