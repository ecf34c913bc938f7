package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint48;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Calldata for the governor built with web3j's own encoder, as a client would. */
final class GovernorCalls {
  private GovernorCalls() {}

  /** A proposal's calls and description, as a client holds it. */
  record Proposal(
      List<ChainAddress> targets,
      List<BigInteger> values,
      List<String> calldatasHex,
      String description) {
    static Proposal of(ChainAddress target, byte[] calldata, String description) {
      return new Proposal(
          List.of(target),
          List.of(BigInteger.ZERO),
          List.of(Numeric.toHexString(calldata)),
          description);
    }

    /** One call per (target, calldata) pair, in order. */
    static Proposal of(List<ChainAddress> targets, List<byte[]> calldatas, String description) {
      return new Proposal(
          targets,
          targets.stream().map(t -> BigInteger.ZERO).toList(),
          calldatas.stream().map(Numeric::toHexString).toList(),
          description);
    }

    static Proposal signal(String description) {
      return new Proposal(List.of(), List.of(), List.of(), description);
    }

    Word descriptionHash() {
      return Word.keccak(description.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("rawtypes")
    List<Type> arrays() {
      List<Type> out = new ArrayList<>();
      out.add(
          new DynamicArray<>(
              Address.class, targets.stream().map(a -> new Address(a.toHex())).toList()));
      out.add(new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList()));
      out.add(
          new DynamicArray<>(
              DynamicBytes.class,
              calldatasHex.stream()
                  .map(h -> new DynamicBytes(Numeric.hexStringToByteArray(h)))
                  .toList()));
      return out;
    }
  }

  @SuppressWarnings("rawtypes")
  static byte[] propose(Proposal p) {
    List<Type> args = p.arrays();
    args.add(new Utf8String(p.description()));
    return fn("propose", args);
  }

  static byte[] hashProposal(Proposal p) {
    return withHash("hashProposal", p);
  }

  static byte[] execute(Proposal p) {
    return withHash("execute", p);
  }

  static byte[] cancel(Proposal p) {
    return withHash("cancel", p);
  }

  static byte[] queue(Proposal p) {
    return withHash("queue", p);
  }

  static byte[] castVote(BigInteger id, int support) {
    return fn("castVote", List.of(new Uint256(id), new Uint8(support)));
  }

  static byte[] castVoteWithReason(BigInteger id, int support, String reason) {
    return fn(
        "castVoteWithReason", List.of(new Uint256(id), new Uint8(support), new Utf8String(reason)));
  }

  static byte[] castVoteWithReasonAndParams(
      BigInteger id, int support, String reason, byte[] params) {
    return fn(
        "castVoteWithReasonAndParams",
        List.of(
            new Uint256(id), new Uint8(support), new Utf8String(reason), new DynamicBytes(params)));
  }

  static byte[] castVoteBySig(BigInteger id, int support, ChainAddress voter, byte[] signature) {
    return fn(
        "castVoteBySig",
        List.of(
            new Uint256(id),
            new Uint8(support),
            new Address(voter.toHex()),
            new DynamicBytes(signature)));
  }

  static byte[] castVoteWithReasonAndParamsBySig(
      BigInteger id,
      int support,
      ChainAddress voter,
      String reason,
      byte[] params,
      byte[] signature) {
    return fn(
        "castVoteWithReasonAndParamsBySig",
        List.of(
            new Uint256(id),
            new Uint8(support),
            new Address(voter.toHex()),
            new Utf8String(reason),
            new DynamicBytes(params),
            new DynamicBytes(signature)));
  }

  static byte[] initialize(
      long delay, long period, long threshold, long numerator, int kind, long id) {
    return fn("initialize", settings(delay, period, threshold, numerator, kind, id));
  }

  /** The 7-argument {@code initialize}, with the timelock's minimum delay. */
  static byte[] initialize(
      long delay,
      long period,
      long threshold,
      long numerator,
      int kind,
      long id,
      long timelockSeconds) {
    List<Type> args = settings(delay, period, threshold, numerator, kind, id);
    args.add(new Uint256(timelockSeconds));
    return fn("initialize", args);
  }

  @SuppressWarnings("rawtypes")
  private static List<Type> settings(
      long delay, long period, long threshold, long numerator, int kind, long id) {
    return new ArrayList<>(
        List.of(
            new Uint48(delay),
            new Uint32(period),
            new Uint256(threshold),
            new Uint256(numerator),
            new Uint8(kind),
            new Uint256(id)));
  }

  static byte[] updateDelay(long seconds) {
    return fn("updateDelay", List.of(new Uint256(seconds)));
  }

  static byte[] setVotingDelay(long blocks) {
    return fn("setVotingDelay", List.of(new Uint48(blocks)));
  }

  static byte[] setVotingPeriod(long blocks) {
    return fn("setVotingPeriod", List.of(new Uint32(blocks)));
  }

  static byte[] setProposalThreshold(long votes) {
    return fn("setProposalThreshold", List.of(new Uint256(votes)));
  }

  static byte[] updateQuorumNumerator(long numerator) {
    return fn("updateQuorumNumerator", List.of(new Uint256(numerator)));
  }

  static byte[] state(BigInteger id) {
    return fn("state", List.of(new Uint256(id)));
  }

  static byte[] uintArg(String name, BigInteger value) {
    return fn(name, List.of(new Uint256(value)));
  }

  static byte[] getVotes(ChainAddress account, long timepoint) {
    return fn("getVotes", List.of(new Address(account.toHex()), new Uint256(timepoint)));
  }

  static byte[] hasVoted(BigInteger id, ChainAddress account) {
    return fn("hasVoted", List.of(new Uint256(id), new Address(account.toHex())));
  }

  static byte[] nonces(ChainAddress account) {
    return fn("nonces", List.of(new Address(account.toHex())));
  }

  static byte[] supportsInterface(String idHex) {
    return fn("supportsInterface", List.of(new Bytes4(Numeric.hexStringToByteArray(idHex))));
  }

  static byte[] noArgs(String name) {
    return fn(name, List.of());
  }

  @SuppressWarnings("rawtypes")
  private static byte[] withHash(String name, Proposal p) {
    List<Type> args = p.arrays();
    args.add(new Bytes32(p.descriptionHash().bytes()));
    return fn(name, args);
  }

  @SuppressWarnings("rawtypes")
  private static byte[] fn(String name, List<Type> args) {
    return Numeric.hexStringToByteArray(
        FunctionEncoder.encode(new Function(name, args, List.of())));
  }
}
