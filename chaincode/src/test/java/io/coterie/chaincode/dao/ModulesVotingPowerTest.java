package io.coterie.chaincode.dao;

import static io.coterie.chaincode.dao.GovernorFixture.ADMIN;
import static io.coterie.chaincode.dao.GovernorFixture.GOVERNOR;
import static io.coterie.chaincode.dao.GovernorFixture.NEWCOMER;
import static io.coterie.chaincode.dao.GovernorFixture.OUTSIDER;
import static io.coterie.chaincode.dao.GovernorFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/**
 * The modules the node loads offer their voting power to the governor: the membership module's
 * member cards and the loyalty module's vote-enabled points, both from exact checkpoints.
 */
class ModulesVotingPowerTest {
  private static final ChainAddress CARDS = ChainAddress.of(0x3000);
  private static final ChainAddress POINTS = ChainAddress.of(0x2000);
  private static final ChainAddress SHOP = NEWCOMER;

  private final ServiceRegistry registry = ServiceRegistry.create();
  private final TestHost host;

  ModulesVotingPowerTest() {
    List<PrecompileModule> modules = PrecompileLoader.load();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);
    host = new TestHost(PrecompileDirectory.of(modules).all());
    SortedMap<Word, List<ChainAddress>> roles = new TreeMap<>();
    roles.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.BRAND_ROLE, List.of(ADMIN));
    roles.put(StandardRoles.SHOP_ROLE, List.of(SHOP));
    roles.put(StandardRoles.MEMBER_ROLE, members());
    host.world()
        .putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorageWithGovernor(roles));
  }

  private static List<ChainAddress> members() {
    return IntStream.range(0, 6).mapToObj(GovernorFixture::member).toList();
  }

  @SuppressWarnings("rawtypes")
  private void ok(ChainAddress from, ChainAddress to, String name, Type... args) {
    byte[] input =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
    TestHost.Outcome outcome = host.call(from, to, input);
    assertThat(outcome.succeeded()).as("%s: %s", name, outcome).isTrue();
  }

  private void airdropCardsToMembers() {
    ok(
        ADMIN,
        ChainAddress.of(0x1002),
        "createMemberCollection",
        new Utf8String("Coterie Member Card"),
        new Utf8String("CMC"),
        new Utf8String("https://cards.example/"));
    ok(
        ADMIN,
        CARDS,
        "airdrop",
        new DynamicArray<>(
            Address.class, members().stream().map(m -> new Address(m.toHex())).toList()),
        new Uint8(1));
  }

  private BigInteger governorVotes(ChainAddress account, long timepoint) {
    TestHost.Outcome outcome =
        host.staticCall(OUTSIDER, GOVERNOR, GovernorCalls.getVotes(account, timepoint));
    assertThat(outcome.succeeded()).as("getVotes: %s", outcome).isTrue();
    return new BigInteger(1, outcome.result().data());
  }

  @Test
  void theGovernorCountsOneVotePerRealCardAtTheSnapshot() {
    airdropCardsToMembers();
    long cardsBlock = host.block().number();
    host.mine(1);

    assertThat(governorVotes(member(0), cardsBlock)).isEqualTo(BigInteger.ONE);
    assertThat(governorVotes(OUTSIDER, cardsBlock)).isZero();
    assertThat(governorVotes(member(0), cardsBlock - 1)).as("before the airdrop").isZero();

    GovernorCalls.Proposal signal = GovernorCalls.Proposal.signal("Autumn colours: ochre");
    TestHost.Outcome proposed = host.call(member(0), GOVERNOR, GovernorCalls.propose(signal));
    assertThat(proposed.succeeded()).as("propose: %s", proposed).isTrue();
    BigInteger id = new BigInteger(1, proposed.result().data());
    host.mine(2);
    for (int i = 0; i < 4; i++) {
      TestHost.Outcome vote =
          host.call(member(i), GOVERNOR, GovernorCalls.castVote(id, VoteType.FOR.code()));
      assertThat(vote.succeeded()).as("vote %d: %s", i, vote).isTrue();
    }
    host.mine(GovernorParameters.DEVNET.votingPeriod());
    TestHost.Outcome state = host.staticCall(OUTSIDER, GOVERNOR, GovernorCalls.state(id));
    assertThat(ProposalState.values()[new BigInteger(1, state.result().data()).intValueExact()])
        .isEqualTo(ProposalState.SUCCEEDED);
  }

  @Test
  void theGovernorRefusesToCountCardsOfACollectionThatIgnoresRevocations() {
    ok(
        ADMIN,
        ChainAddress.of(0x1002),
        "createCollection",
        new Utf8String("Fan Card"),
        new Utf8String("FAN"),
        new Utf8String("https://cards.example/"),
        new Bool(true));

    TestHost.Outcome proposed =
        host.call(member(0), GOVERNOR, GovernorCalls.propose(GovernorCalls.Proposal.signal("x")));

    assertThat(new String(proposed.result().data(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("not a member collection");
  }

  @Test
  void pointsCountFromTheirCheckpointsOnceVotesAreEnabled() {
    createProgram();
    ok(ADMIN, ChainAddress.of(0x1001), "authoriseShop", new Uint256(0), new Address(SHOP.toHex()));
    VotingPowerSource points =
        registry
            .find(VotingPowerSources.class)
            .orElseThrow()
            .find(new VotingSource(VotingSourceKind.POINTS_PROGRAM, 0))
            .orElseThrow();
    assertThat(points.unsuitability(host.world())).get().asString().contains("enableVotes(0)");

    ok(ADMIN, ChainAddress.of(0x1001), "enableVotes", new Uint256(0));
    ok(
        SHOP,
        POINTS,
        "award",
        new Address(member(2).toHex()),
        new Uint256(750),
        new Bytes32(Word.keccak("order-1").bytes()));
    ok(member(2), POINTS, "delegate", new Address(member(2).toHex()));
    long block = host.block().number();
    host.mine(1);

    assertThat(points.unsuitability(host.world())).isEmpty();
    assertThat(points.pastVotes(host.world(), member(2), block)).isEqualTo(BigInteger.valueOf(750));
    assertThat(points.pastVotes(host.world(), member(2), block - 1)).isZero();
    assertThat(points.pastTotalSupply(host.world(), block)).isEqualTo(BigInteger.valueOf(750));
    VotingPowerSource missing =
        registry
            .find(VotingPowerSources.class)
            .orElseThrow()
            .find(new VotingSource(VotingSourceKind.POINTS_PROGRAM, 9))
            .orElseThrow();
    assertThat(missing.pastVotes(host.world(), member(2), block)).isZero();
    assertThat(missing.unsuitability(host.world())).get().asString().contains("does not exist");
  }

  private void createProgram() {
    ok(
        ADMIN,
        ChainAddress.of(0x1001),
        "createProgram",
        new Utf8String("Coterie Points"),
        new Utf8String("CPT"),
        new Uint8(18),
        new Bool(true),
        new Uint64(0),
        new Uint256(0),
        new Uint256(0),
        new DynamicArray<>(Uint256.class, List.of()),
        new StaticArray4<>(
            Uint256.class, new Uint256(0), new Uint256(0), new Uint256(0), new Uint256(0)));
  }
}
