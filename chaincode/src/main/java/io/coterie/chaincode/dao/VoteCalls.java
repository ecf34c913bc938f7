package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** OZ 5 {@code castVote*}, by sender or by EIP-712 signature. */
final class VoteCalls {
  private static final byte[] NONE = new byte[0];

  private VoteCalls() {}

  static CallResult castVote(GovernorCall call, CalldataReader args) {
    return weight(cast(call, args.uint256(0), call.sender(), support(args, 1), NONE, NONE));
  }

  static CallResult castVoteWithReason(GovernorCall call, CalldataReader args) {
    List<Type> d = args.decode(List.of(uint(), uint8(), bytes()));
    return weight(
        cast(call, args.uint256(0), call.sender(), support(args, 1), bytesAt(d, 2), NONE));
  }

  static CallResult castVoteWithReasonAndParams(GovernorCall call, CalldataReader args) {
    List<Type> d = args.decode(List.of(uint(), uint8(), bytes(), bytes()));
    return weight(
        cast(call, args.uint256(0), call.sender(), support(args, 1), bytesAt(d, 2), bytesAt(d, 3)));
  }

  /** {@code castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature)}. */
  static CallResult castVoteBySig(GovernorCall call, CalldataReader args) {
    List<Type> d = args.decode(List.of(uint(), uint8(), new TypeReference<Address>() {}, bytes()));
    BigInteger proposalId = args.uint256(0);
    int support = support(args, 1);
    ChainAddress voter = args.address(2);
    BigInteger nonce = call.state().useNonce(voter);
    Word digest =
        BallotSignatures.ballotDigest(
            call.ctx().block().chainId(), proposalId, support, voter, nonce);
    requireSigner(call, digest, bytesAt(d, 3), voter);
    return weight(cast(call, proposalId, voter, support, NONE, NONE));
  }

  /**
   * {@code castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter,
   * string reason, bytes params, bytes signature)}.
   */
  static CallResult castVoteWithReasonAndParamsBySig(GovernorCall call, CalldataReader args) {
    List<Type> d =
        args.decode(
            List.of(uint(), uint8(), new TypeReference<Address>() {}, bytes(), bytes(), bytes()));
    BigInteger proposalId = args.uint256(0);
    int support = support(args, 1);
    ChainAddress voter = args.address(2);
    byte[] reason = bytesAt(d, 3);
    byte[] params = bytesAt(d, 4);
    BigInteger nonce = call.state().useNonce(voter);
    Word digest =
        BallotSignatures.extendedBallotDigest(
            call.ctx().block().chainId(), proposalId, support, voter, nonce, reason, params);
    requireSigner(call, digest, bytesAt(d, 5), voter);
    return weight(cast(call, proposalId, voter, support, reason, params));
  }

  /** OZ {@code _castVote} + {@code GovernorCountingSimple._countVote}; returns the weight. */
  static BigInteger cast(
      GovernorCall call,
      BigInteger proposalId,
      ChainAddress voter,
      int supportCode,
      byte[] reason,
      byte[] params) {
    call.requireState(proposalId, ProposalState.ACTIVE.bit());
    ProposalCore core = call.state().core(proposalId);
    BigInteger weight = call.votes(voter, BigInteger.valueOf(core.snapshot()));
    if (call.state().hasVoted(proposalId, voter)) {
      throw GovernorRevert.with(GovernorErrors.ALREADY_CAST_VOTE, address(voter));
    }
    VoteType support =
        VoteType.fromCode(supportCode)
            .orElseThrow(() -> GovernorRevert.with(GovernorErrors.INVALID_VOTE_TYPE));
    call.state().countVote(proposalId, voter, support, weight);
    if (params.length == 0) {
      call.emit(
          GovernorEvents.VOTE_CAST.topics(Word.of(voter)),
          GovernorEvents.VOTE_CAST.data(
              uint256(proposalId),
              new Uint8(supportCode),
              uint256(weight),
              new DynamicBytes(reason)));
    } else {
      call.emit(
          GovernorEvents.VOTE_CAST_WITH_PARAMS.topics(Word.of(voter)),
          GovernorEvents.VOTE_CAST_WITH_PARAMS.data(
              uint256(proposalId),
              new Uint8(supportCode),
              uint256(weight),
              new DynamicBytes(reason),
              new DynamicBytes(params)));
    }
    return weight;
  }

  private static void requireSigner(
      GovernorCall call, Word digest, byte[] signature, ChainAddress voter) {
    call.ctx().gas().charge(EcRecover.GAS);
    boolean valid = BallotSignatures.recover(digest, signature).map(voter::equals).orElse(false);
    if (!valid) {
      throw GovernorRevert.with(GovernorErrors.INVALID_SIGNATURE, address(voter));
    }
  }

  private static CallResult weight(BigInteger weight) {
    return CallResult.success(encode(uint256(weight)));
  }

  private static int support(CalldataReader args, int index) {
    BigInteger v = args.uint256(index);
    if (v.bitLength() > 8) {
      throw new MalformedCalldataException("argument " + index + " is not a uint8: " + v);
    }
    return v.intValueExact();
  }

  private static TypeReference<Uint256> uint() {
    return new TypeReference<Uint256>() {};
  }

  // Decoded as uint256 here; support(...) reads the same word strictly as a uint8.
  private static TypeReference<Uint256> uint8() {
    return new TypeReference<Uint256>() {};
  }

  private static TypeReference<DynamicBytes> bytes() {
    return new TypeReference<DynamicBytes>() {};
  }

  private static byte[] bytesAt(List<Type> d, int i) {
    return ((DynamicBytes) d.get(i)).getValue();
  }
}
