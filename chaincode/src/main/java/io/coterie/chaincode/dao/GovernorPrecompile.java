package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;
import java.math.BigInteger;
import java.util.Objects;
import org.web3j.abi.datatypes.generated.Uint48;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The DAO governor at {@code 0x…1003}, speaking OpenZeppelin 5 {@code Governor} with {@code
 * GovernorSettings}, {@code GovernorCountingSimple}, {@code GovernorVotes} and {@code
 * GovernorVotesQuorumFraction}; the clock is the block number (ERC-6372). Votes come from the
 * {@link VotingPowerSource} its settings name, found in {@link VotingPowerSources}. The Solidity
 * interface is {@code src/main/solidity/IGovernor.sol}.
 */
public final class GovernorPrecompile implements Precompile {
  /** The governor's address. */
  public static final ChainAddress ADDRESS = StandardRoles.DAO_GOVERNOR_ADDRESS;

  /** {@code name()}, also the EIP-712 domain name. */
  public static final String NAME = "Coterie DAO";

  /** {@code version()}, also the EIP-712 domain version. */
  public static final String VERSION = "1";

  public static final String COUNTING_MODE = "support=bravo&quorum=for,abstain";
  public static final String CLOCK_MODE = "mode=blocknumber&from=default";

  /** ERC-165's own interface id. */
  public static final Selector IERC165_ID = Selector.fromHex("0x01ffc9a7");

  /** {@code type(IGovernor).interfaceId} of OZ 5.0-5.2. */
  public static final Selector IGOVERNOR_ID =
      Selector.interfaceId(
          "name()",
          "version()",
          "COUNTING_MODE()",
          "hashProposal(address[],uint256[],bytes[],bytes32)",
          "state(uint256)",
          "proposalThreshold()",
          "proposalSnapshot(uint256)",
          "proposalDeadline(uint256)",
          "proposalProposer(uint256)",
          "proposalEta(uint256)",
          "proposalNeedsQueuing(uint256)",
          "votingDelay()",
          "votingPeriod()",
          "quorum(uint256)",
          "getVotes(address,uint256)",
          "getVotesWithParams(address,uint256,bytes)",
          "hasVoted(uint256,address)",
          "propose(address[],uint256[],bytes[],string)",
          "queue(address[],uint256[],bytes[],bytes32)",
          "execute(address[],uint256[],bytes[],bytes32)",
          "cancel(address[],uint256[],bytes[],bytes32)",
          "castVote(uint256,uint8)",
          "castVoteWithReason(uint256,uint8,string)",
          "castVoteWithReasonAndParams(uint256,uint8,string,bytes)",
          "castVoteBySig(uint256,uint8,address,bytes)",
          "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)");

  private static final String PROPOSAL_ARGS = "(address[],uint256[],bytes[],bytes32)";

  @FunctionalInterface
  interface GovernorHandler {
    CallResult handle(GovernorCall call, CalldataReader args);
  }

  private final VotingPowerSources sources;
  private final DispatchTable table;

  /** A governor counting votes from {@code sources}. */
  public GovernorPrecompile(VotingPowerSources sources) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.table =
        DispatchTable.builder()
            .pure("name()", constant(encode(string(NAME))))
            .pure("version()", constant(encode(string(VERSION))))
            .pure("COUNTING_MODE()", constant(encode(string(COUNTING_MODE))))
            .view("CLOCK_MODE()", constant(encode(string(CLOCK_MODE))))
            .view("clock()", h(GovernorPrecompile::clock))
            .pure("hashProposal" + PROPOSAL_ARGS, h(ProposalCalls::hashProposal))
            .view("state(uint256)", h(GovernorPrecompile::state))
            .view("proposalThreshold()", h(GovernorPrecompile::proposalThreshold))
            .view("proposalSnapshot(uint256)", h(GovernorPrecompile::proposalSnapshot))
            .view("proposalDeadline(uint256)", h(GovernorPrecompile::proposalDeadline))
            .view("proposalProposer(uint256)", h(GovernorPrecompile::proposalProposer))
            .view("proposalEta(uint256)", h(GovernorPrecompile::proposalEta))
            .view("proposalNeedsQueuing(uint256)", h(TimelockCalls::proposalNeedsQueuing))
            .view("getMinDelay()", h(TimelockCalls::getMinDelay))
            .view("votingDelay()", h(GovernorPrecompile::votingDelay))
            .view("votingPeriod()", h(GovernorPrecompile::votingPeriod))
            .view("quorum(uint256)", h(GovernorPrecompile::quorum))
            .view("getVotes(address,uint256)", h(GovernorPrecompile::getVotes))
            .view("getVotesWithParams(address,uint256,bytes)", h(GovernorPrecompile::getVotes))
            .view("hasVoted(uint256,address)", h(GovernorPrecompile::hasVoted))
            .view("proposalVotes(uint256)", h(GovernorPrecompile::proposalVotes))
            .view("nonces(address)", h(GovernorPrecompile::nonces))
            .view("quorumNumerator()", h(GovernorPrecompile::quorumNumeratorNow))
            .view("quorumNumerator(uint256)", h(GovernorPrecompile::quorumNumeratorAt))
            .view(
                "quorumDenominator()",
                constant(encode(uint256(GovernorParameters.QUORUM_DENOMINATOR))))
            .view("token()", h(GovernorPrecompile::token))
            .view("votingSource()", h(GovernorPrecompile::votingSource))
            .view("eip712Domain()", h(GovernorPrecompile::eip712Domain))
            .view("supportsInterface(bytes4)", h(GovernorPrecompile::supportsInterface))
            .nonpayable("propose(address[],uint256[],bytes[],string)", h(ProposalCalls::propose))
            .nonpayable("queue" + PROPOSAL_ARGS, h(TimelockCalls::queue))
            .nonpayable("execute" + PROPOSAL_ARGS, h(ProposalCalls::execute))
            .nonpayable("cancel" + PROPOSAL_ARGS, h(ProposalCalls::cancel))
            .nonpayable("castVote(uint256,uint8)", h(VoteCalls::castVote))
            .nonpayable(
                "castVoteWithReason(uint256,uint8,string)", h(VoteCalls::castVoteWithReason))
            .nonpayable(
                "castVoteWithReasonAndParams(uint256,uint8,string,bytes)",
                h(VoteCalls::castVoteWithReasonAndParams))
            .nonpayable("castVoteBySig(uint256,uint8,address,bytes)", h(VoteCalls::castVoteBySig))
            .nonpayable(
                "castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)",
                h(VoteCalls::castVoteWithReasonAndParamsBySig))
            .nonpayable(
                "initialize(uint48,uint32,uint256,uint256,uint8,uint256)",
                h(SettingsCalls::initialize))
            .nonpayable(
                "initialize(uint48,uint32,uint256,uint256,uint8,uint256,uint256)",
                h(SettingsCalls::initializeWithTimelock))
            .nonpayable("updateDelay(uint256)", h(TimelockCalls::updateDelay))
            .nonpayable("setVotingDelay(uint48)", h(SettingsCalls::setVotingDelay))
            .nonpayable("setVotingPeriod(uint32)", h(SettingsCalls::setVotingPeriod))
            .nonpayable("setProposalThreshold(uint256)", h(SettingsCalls::setProposalThreshold))
            .nonpayable("updateQuorumNumerator(uint256)", h(SettingsCalls::updateQuorumNumerator))
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "dao-governor";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  private DispatchTable.Handler h(GovernorHandler handler) {
    return (ctx, args) -> {
      try {
        return handler.handle(new GovernorCall(ctx, sources), args);
      } catch (GovernorRevert revert) {
        return revert.result();
      }
    };
  }

  private static DispatchTable.Handler constant(byte[] returnData) {
    return (ctx, args) -> CallResult.success(returnData);
  }

  private static CallResult clock(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(new Uint48(call.clock())));
  }

  private static CallResult state(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(new Uint8(call.stateOf(args.uint256(0)).code())));
  }

  private static CallResult proposalThreshold(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.parameters().proposalThreshold())));
  }

  private static CallResult votingDelay(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.parameters().votingDelay())));
  }

  private static CallResult votingPeriod(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.parameters().votingPeriod())));
  }

  private static CallResult proposalSnapshot(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.state().core(args.uint256(0)).snapshot())));
  }

  private static CallResult proposalDeadline(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.state().core(args.uint256(0)).deadline())));
  }

  private static CallResult proposalProposer(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(address(call.state().core(args.uint256(0)).proposer())));
  }

  private static CallResult proposalEta(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.state().core(args.uint256(0)).etaSeconds())));
  }

  private static CallResult quorum(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.quorum(args.uint256(0)))));
  }

  private static CallResult getVotes(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.votes(args.address(0), args.uint256(1)))));
  }

  private static CallResult hasVoted(GovernorCall call, CalldataReader args) {
    return CallResult.success(
        encode(bool(call.state().hasVoted(args.uint256(0), args.address(1)))));
  }

  private static CallResult proposalVotes(GovernorCall call, CalldataReader args) {
    ProposalVotes v = call.state().votes(args.uint256(0));
    return CallResult.success(
        encode(uint256(v.against()), uint256(v.forVotes()), uint256(v.abstain())));
  }

  private static CallResult nonces(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.state().nonce(args.address(0)))));
  }

  private static CallResult quorumNumeratorNow(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.parameters().quorumNumerator())));
  }

  private static CallResult quorumNumeratorAt(GovernorCall call, CalldataReader args) {
    BigInteger timepoint = args.uint256(0);
    long block = timepoint.min(BigInteger.valueOf(GovernorParameters.MAX_UINT48)).longValueExact();
    return CallResult.success(encode(uint256(call.state().quorumNumerator(block))));
  }

  private static CallResult token(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(address(call.parameters().votingSource().token())));
  }

  private static CallResult votingSource(GovernorCall call, CalldataReader args) {
    VotingSource source = call.parameters().votingSource();
    return CallResult.success(encode(new Uint8(source.kind().code()), uint256(source.id())));
  }

  /** ERC-5267, as OZ's {@code EIP712} answers it: name, version, chain id and address set. */
  private static CallResult eip712Domain(GovernorCall call, CalldataReader args) {
    return CallResult.success(
        Eip712.erc5267Domain(NAME, VERSION, call.ctx().block().chainId(), ADDRESS));
  }

  private static CallResult supportsInterface(GovernorCall call, CalldataReader args) {
    Selector id = args.bytes4(0);
    return CallResult.success(encode(bool(id.equals(IERC165_ID) || id.equals(IGOVERNOR_ID))));
  }
}
