package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * EIP-712 ballots exactly as OZ 5 {@code Governor} signs them: domain {@code (name = governor name,
 * version = "1", chainId, verifyingContract = 0x…1003)}, {@code Ballot} and {@code ExtendedBallot}
 * structs, and OZ {@code ECDSA.tryRecover}'s rules for 65-byte signatures (low {@code s}, {@code v}
 * of 27 or 28).
 */
final class BallotSignatures {
  static final Word BALLOT_TYPEHASH =
      Word.keccak("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)");
  static final Word EXTENDED_BALLOT_TYPEHASH =
      Word.keccak(
          "ExtendedBallot(uint256 proposalId,uint8 support,address voter,uint256 nonce,string reason,bytes params)");

  private BallotSignatures() {}

  /** The EIP-712 domain separator of the governor on chain {@code chainId}. */
  static Word domainSeparator(long chainId) {
    return Eip712.domainSeparator(
        GovernorPrecompile.NAME, GovernorPrecompile.VERSION, chainId, GovernorPrecompile.ADDRESS);
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
    if (!Eip712.isLowS(s)) {
      return Optional.empty();
    }
    return EcRecover.recover(digest, signature[64] & 0xff, r, s);
  }

  private static Word typedDataHash(long chainId, Word structHash) {
    return Eip712.typedDataHash(domainSeparator(chainId), structHash);
  }

  private static Bytes32 b32(Word w) {
    return AbiValues.bytes32(w);
  }
}
