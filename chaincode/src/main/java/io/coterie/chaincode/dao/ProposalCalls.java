package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;

/**
 * OZ 5 {@code Governor.propose}, {@code execute}, {@code cancel}, {@code hashProposal} ({@code
 * queue} is {@link TimelockCalls}).
 */
final class ProposalCalls {
  private static final byte[] PROPOSER_MARKER = "#proposer=0x".getBytes(StandardCharsets.US_ASCII);

  private ProposalCalls() {}

  static CallResult hashProposal(GovernorCall call, CalldataReader args) {
    return CallResult.success(
        encode(uint256(ProposalOperations.decodeIdentified(args).proposalId())));
  }

  /**
   * OZ {@code propose}, relaxed in one way: empty arrays make a signal vote (nothing runs on
   * execution). OZ's own way, a single call to the governor with empty calldata, also works.
   */
  static CallResult propose(GovernorCall call, CalldataReader args) {
    List<Type> decoded =
        args.decode(ProposalOperations.typesWith(new TypeReference<DynamicBytes>() {}));
    ProposalOperations ops = ProposalOperations.from(decoded);
    // Decoded as bytes, not string: the description hash is over the raw bytes, valid UTF-8 or not.
    byte[] description = ((DynamicBytes) decoded.get(3)).getValue();
    ChainAddress proposer = call.sender();
    if (!isValidDescriptionForProposer(proposer, description)) {
      throw GovernorRevert.with(GovernorErrors.RESTRICTED_PROPOSER, address(proposer));
    }
    GovernorParameters params = call.parameters();
    call.requireSuitableSource(params.votingSource());
    if (params.proposalThreshold().signum() > 0) {
      // Nothing can be held before block 0, where OZ's clock() - 1 would underflow.
      BigInteger votes =
          call.clock() == 0
              ? BigInteger.ZERO
              : call.votes(proposer, BigInteger.valueOf(call.clock() - 1));
      if (votes.compareTo(params.proposalThreshold()) < 0) {
        throw GovernorRevert.with(
            GovernorErrors.INSUFFICIENT_PROPOSER_VOTES,
            address(proposer),
            uint256(votes),
            uint256(params.proposalThreshold()));
      }
    }
    BigInteger proposalId = ops.hash(Word.keccak(description));
    if (ops.values().size() != ops.size() || ops.calldataCount() != ops.size()) {
      throw GovernorRevert.with(
          GovernorErrors.INVALID_PROPOSAL_LENGTH,
          uint256(ops.size()),
          uint256(ops.calldataCount()),
          uint256(ops.values().size()));
    }
    for (int i = 0; i < ops.size(); i++) {
      if (ops.values().get(i).signum() != 0) {
        throw GovernorRevert.with(
            GovernorErrors.CALL_VALUE_NOT_SUPPORTED, uint256(i), uint256(ops.values().get(i)));
      }
    }
    GovernorState state = call.state();
    if (state.core(proposalId).exists()) {
      call.requireState(proposalId, BigInteger.ZERO);
    }
    long snapshot = call.clock() + params.votingDelay();
    long deadline = snapshot + params.votingPeriod();
    state.putCore(
        proposalId, new ProposalCore(proposer, snapshot, params.votingPeriod(), false, false, 0));
    call.emit(
        GovernorEvents.PROPOSAL_CREATED.topics(),
        GovernorEvents.PROPOSAL_CREATED.data(
            uint256(proposalId),
            address(proposer),
            ops.targetsAbi(),
            ops.valuesAbi(),
            ops.emptySignaturesAbi(),
            ops.calldatasAbi(),
            uint256(snapshot),
            uint256(deadline),
            new DynamicBytes(description)));
    return CallResult.success(encode(uint256(proposalId)));
  }

  /** OZ {@code execute}: runs each call with the governor as sender; any revert undoes all. */
  static CallResult execute(GovernorCall call, CalldataReader args) {
    ProposalOperations.Identified identified = ProposalOperations.decodeIdentified(args);
    BigInteger proposalId = identified.proposalId();
    TimelockCalls.requireExecutable(call, proposalId);
    GovernorState state = call.state();
    state.putCore(proposalId, state.core(proposalId).markExecuted());
    ProposalOperations ops = identified.operations();
    for (int i = 0; i < ops.size(); i++) {
      ChainAddress target = ops.targets().get(i);
      byte[] input = ops.calldata(i);
      if (target.equals(GovernorPrecompile.ADDRESS) && input.length == 0) {
        continue; // OZ's signal-vote idiom: an empty call to the governor itself does nothing
      }
      CallResult result = call.ctx().invoke(target, input);
      if (!result.isSuccess()) {
        byte[] revert = result.data();
        throw revert.length == 0
            ? GovernorRevert.with(GovernorErrors.FAILED_CALL)
            : GovernorRevert.bubble(revert);
      }
    }
    call.emit(
        GovernorEvents.PROPOSAL_EXECUTED.topics(),
        GovernorEvents.PROPOSAL_EXECUTED.data(uint256(proposalId)));
    return CallResult.success(encode(uint256(proposalId)));
  }

  /** OZ 5 {@code cancel}: only the proposer, only while Pending. */
  static CallResult cancel(GovernorCall call, CalldataReader args) {
    BigInteger proposalId = ProposalOperations.decodeIdentified(args).proposalId();
    call.requireState(proposalId, ProposalState.PENDING.bit());
    GovernorState state = call.state();
    ProposalCore core = state.core(proposalId);
    if (!call.sender().equals(core.proposer())) {
      throw GovernorRevert.with(GovernorErrors.ONLY_PROPOSER, address(call.sender()));
    }
    call.requireState(
        proposalId,
        ProposalState.allBut(
            ProposalState.CANCELED, ProposalState.EXPIRED, ProposalState.EXECUTED));
    state.putCore(proposalId, core.markCanceled());
    call.emit(
        GovernorEvents.PROPOSAL_CANCELED.topics(),
        GovernorEvents.PROPOSAL_CANCELED.data(uint256(proposalId)));
    return CallResult.success(encode(uint256(proposalId)));
  }

  /**
   * OZ {@code _isValidDescriptionForProposer}: a description ending in {@code #proposer=0x<40 hex
   * digits>} may only be proposed by that address (front-running protection).
   */
  static boolean isValidDescriptionForProposer(ChainAddress proposer, byte[] description) {
    int length = description.length;
    if (length < 52) {
      return true;
    }
    if (!Arrays.equals(description, length - 52, length - 40, PROPOSER_MARKER, 0, 12)) {
      return true;
    }
    BigInteger recovered = BigInteger.ZERO;
    for (int i = length - 40; i < length; i++) {
      int digit = Character.digit(description[i], 16);
      if (digit < 0) {
        return true;
      }
      recovered = recovered.shiftLeft(4).or(BigInteger.valueOf(digit));
    }
    return recovered.equals(proposer.toBigInteger());
  }
}
