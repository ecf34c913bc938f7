package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.compat.web3j.Governor;
import io.coterie.node.compat.web3j.MembershipCard;
import io.coterie.node.compat.web3j.Roles;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Members admit a member through the governor, and the DAO takes over the member cards and mints
 * through a vote, with the wrappers generated from Governor.json and MembershipCard.json.
 */
class Web3jGovernorTest {
  private static final String GOVERNOR = "0x0000000000000000000000000000000000001003";
  private static final String ROLES = "0x0000000000000000000000000000000000001000";
  private static final String CARDS = "0x0000000000000000000000000000000000003000";
  private static final String NEWCOMER = "0x00000000000000000000000000000000000c0ffe";
  private static final byte[] MEMBER_ROLE =
      Hash.sha3("MEMBER_ROLE".getBytes(StandardCharsets.UTF_8));
  private static final int SUCCEEDED = 4;
  private static final int EXECUTED = 7;

  @TempDir Path dataDir;
  private TestNode node;
  private Web3jClient client;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private Governor as(int account) {
    return Governor.load(GOVERNOR, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private void awaitBlockAfter(BigInteger block) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> BigInteger.valueOf(client.blockNumber()).compareTo(block) > 0);
  }

  @Test
  void fourMembersVoteToGrantMemberRoleAndTheGovernorExecutesIt() throws Exception {
    String newcomer = "0x00000000000000000000000000000000000c0ffe";
    byte[] grant = call("grantRole", new Bytes32(MEMBER_ROLE), new Address(newcomer));
    String description = "Admit the newcomer";
    Governor proposer = as(4);
    assertThat(proposer.name().send()).isNotBlank();

    TransactionReceipt proposed =
        proposer
            .propose(List.of(ROLES), List.of(BigInteger.ZERO), List.of(grant), description)
            .send();
    Governor.ProposalCreatedEventResponse created =
        Governor.getProposalCreatedEvents(proposed).get(0);
    BigInteger id = created.proposalId;
    assertThat(created.proposer).isEqualToIgnoringCase(account(4).getAddress());
    byte[] descriptionHash = Hash.sha3(description.getBytes(StandardCharsets.UTF_8));
    assertThat(
            proposer
                .hashProposal(
                    List.of(ROLES), List.of(BigInteger.ZERO), List.of(grant), descriptionHash)
                .send())
        .isEqualTo(id);

    awaitBlockAfter(proposer.proposalSnapshot(id).send());
    for (int member = 4; member <= 7; member++) {
      TransactionReceipt voted = as(member).castVote(id, BigInteger.ONE).send();
      Governor.VoteCastEventResponse vote = Governor.getVoteCastEvents(voted).get(0);
      assertThat(vote.weight).isEqualTo(BigInteger.ONE);
      assertThat(vote.voter).isEqualToIgnoringCase(account(member).getAddress());
    }
    assertThat(proposer.proposalVotes(id).send().component2()).isEqualTo(BigInteger.valueOf(4));
    assertThat(proposer.hasVoted(id, account(7).getAddress()).send()).isTrue();

    awaitBlockAfter(proposer.proposalDeadline(id).send());
    assertThat(proposer.state(id).send()).isEqualTo(BigInteger.valueOf(SUCCEEDED));
    TransactionReceipt executed =
        as(9)
            .execute(List.of(ROLES), List.of(BigInteger.ZERO), List.of(grant), descriptionHash)
            .send();

    assertThat(Governor.getProposalExecutedEvents(executed)).hasSize(1);
    assertThat(proposer.state(id).send()).isEqualTo(BigInteger.valueOf(EXECUTED));
    Roles roles = Roles.load(ROLES, client.web3(), client.manager(0), Web3jClient.gas());
    assertThat(roles.hasRole(MEMBER_ROLE, newcomer).send()).isTrue();
  }

  private MembershipCard cards(int account) {
    return MembershipCard.load(CARDS, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @SuppressWarnings("rawtypes")
  private static byte[] call(String name, Type... args) {
    return Numeric.hexStringToByteArray(
        FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }

  /** Members #4-#7 (4 of 6 cards, the quorum) carry the proposal, then #9 executes it. */
  private void pass(List<String> targets, List<byte[]> calldatas, String description)
      throws Exception {
    List<BigInteger> values = targets.stream().map(t -> BigInteger.ZERO).toList();
    Governor proposer = as(4);
    BigInteger id =
        Governor.getProposalCreatedEvents(
                proposer.propose(targets, values, calldatas, description).send())
            .get(0)
            .proposalId;
    awaitBlockAfter(proposer.proposalSnapshot(id).send());
    for (int member = 4; member <= 7; member++) {
      as(member).castVote(id, BigInteger.ONE).send();
    }
    awaitBlockAfter(proposer.proposalDeadline(id).send());
    byte[] descriptionHash = Hash.sha3(description.getBytes(StandardCharsets.UTF_8));
    as(9).execute(targets, values, calldatas, descriptionHash).send();
  }

  @Test
  void theDaoTakesTheCollectionAndMintsThroughAVote() throws Exception {
    cards(0).transferOwnership(GOVERNOR).send();
    assertThat(cards(0).pendingOwner().send()).isEqualToIgnoringCase(GOVERNOR);

    pass(List.of(CARDS), List.of(call("acceptOwnership")), "The DAO takes the member cards");
    assertThat(cards(0).owner().send()).isEqualToIgnoringCase(GOVERNOR);

    pass(
        List.of(ROLES, CARDS),
        List.of(
            call("grantRole", new Bytes32(MEMBER_ROLE), new Address(NEWCOMER)),
            call("mint", new Address(NEWCOMER), new Uint8(1))),
        "Admit the newcomer with a card");

    assertThat(cards(0).balanceOf(NEWCOMER).send()).isEqualTo(BigInteger.ONE);
    assertThat(cards(0).getVotes(NEWCOMER).send()).isEqualTo(BigInteger.ONE);
    assertThat(account(0).getAddress()).isNotEqualToIgnoringCase(cards(0).owner().send());
  }
}
