package io.coterie.chaincode.dao;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.web3j.crypto.Credentials;

/**
 * A test host with the real Roles precompile (the governor holds GOVERNANCE_ROLE, which administers
 * MEMBER_ROLE, as on the devnet) and the governor counting {@link TestVotingPower} cards: the six
 * devnet members (Hardhat accounts #4-#9) hold one card each from block 1; the chain stands at
 * block 2.
 */
final class GovernorFixture {
  static final ChainAddress GOVERNOR = GovernorPrecompile.ADDRESS;
  static final ChainAddress ROLES = StandardRoles.ROLES_ADDRESS;
  static final Credentials ADMIN_KEY =
      Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  static final ChainAddress ADMIN = address(ADMIN_KEY);
  static final ChainAddress OUTSIDER =
      address(
          Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));
  static final ChainAddress NEWCOMER =
      address(
          Credentials.create("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"));
  static final List<Credentials> MEMBER_KEYS = ModulesFixture.MEMBER_KEYS;

  final VotingPowerSources sources = TestVotingPower.cardsRegistry();
  final TestVotingPower cards = new TestVotingPower(0);
  final TestHost host =
      new TestHost(List.of(new RolesPrecompile(), new GovernorPrecompile(sources)));

  GovernorFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(
        StandardRoles.MEMBER_ROLE, MEMBER_KEYS.stream().map(GovernorFixture::address).toList());
    host.world().putStorage(ROLES, RolesGenesis.initialStorageWithGovernor(members));
    for (int i = 0; i < MEMBER_KEYS.size(); i++) {
      giveCards(member(i), 1);
    }
    host.mine(1);
  }

  static ChainAddress address(Credentials key) {
    return ChainAddress.fromHex(key.getAddress());
  }

  static ChainAddress member(int index) {
    return address(MEMBER_KEYS.get(index));
  }

  /** Gives (or with a negative count takes) cards in the current block. */
  void giveCards(ChainAddress holder, long count) {
    cards.add(host.world(), holder, count, host.block().number());
  }

  long block() {
    return host.block().number();
  }

  void mine(long blocks) {
    host.mine(blocks);
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, GOVERNOR, input);
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(OUTSIDER, GOVERNOR, input);
    if (!outcome.succeeded()) {
      throw new AssertionError("view failed: " + outcome);
    }
    return outcome.result().data();
  }

  BigInteger uintView(byte[] input) {
    return new BigInteger(1, view(input));
  }

  /** Proposes and returns the proposal id; fails the test if the proposal is refused. */
  BigInteger propose(ChainAddress proposer, GovernorCalls.Proposal proposal) {
    TestHost.Outcome outcome = call(proposer, GovernorCalls.propose(proposal));
    assertThat(outcome.succeeded()).as("propose: %s", outcome).isTrue();
    return new BigInteger(1, outcome.result().data());
  }

  void vote(ChainAddress voter, BigInteger id, VoteType support) {
    TestHost.Outcome outcome = call(voter, GovernorCalls.castVote(id, support.code()));
    assertThat(outcome.succeeded()).as("castVote: %s", outcome).isTrue();
  }

  ProposalState state(BigInteger id) {
    return ProposalState.values()[uintView(GovernorCalls.state(id)).intValueExact()];
  }

  boolean hasRole(Word role, ChainAddress account) {
    return new io.coterie.chaincode.roles.RolesReader().hasRole(host.world(), role, account);
  }
}
