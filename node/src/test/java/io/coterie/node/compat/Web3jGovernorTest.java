package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.compat.web3j.Governor;
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
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/** Members admit a member through the governor, with the wrapper generated from Governor.json. */
class Web3jGovernorTest {
  private static final String GOVERNOR = "0x0000000000000000000000000000000000001003";
  private static final String ROLES = "0x0000000000000000000000000000000000001000";
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
    byte[] grant =
        Numeric.hexStringToByteArray(
            FunctionEncoder.encode(
                new Function(
                    "grantRole",
                    List.of(new Bytes32(MEMBER_ROLE), new Address(newcomer)),
                    List.of())));
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
}
