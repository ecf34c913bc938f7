package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.compat.web3j.MembershipCard;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.utils.Numeric;

/** The genesis member cards through the wrapper generated from MembershipCard.json. */
class Web3jMembershipTest {
  private static final String CARDS = "0x0000000000000000000000000000000000003000";

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

  private MembershipCard as(int account) {
    return MembershipCard.load(CARDS, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @Test
  void everyMemberOwnsOneLockedCard() throws Exception {
    MembershipCard cards = as(0);

    assertThat(cards.name().send()).isEqualTo("Coterie Member Card");
    assertThat(cards.totalSupply().send()).isEqualTo(BigInteger.valueOf(6));
    for (int i = 0; i < 6; i++) {
      String member = account(4 + i).getAddress();
      BigInteger tokenId = cards.tokenOfOwnerByIndex(member, BigInteger.ZERO).send();
      assertThat(cards.ownerOf(tokenId).send()).isEqualToIgnoringCase(member);
      assertThat(cards.locked(tokenId).send()).isTrue();
      assertThat(cards.tokenURI(tokenId).send()).endsWith(tokenId.toString());
    }
    assertThat(cards.supportsInterface(Numeric.hexStringToByteArray("0xb45a3c0e")).send())
        .as("ERC-5192")
        .isTrue();
  }

  @Test
  void aSoulboundCardDoesNotMoveAndTheRevertDecodesToSoulboundCard() throws Exception {
    String alice = account(4).getAddress();
    String bob = account(5).getAddress();
    BigInteger card = as(4).tokenOfOwnerByIndex(alice, BigInteger.ZERO).send();
    Function transfer =
        new Function(
            "transferFrom",
            List.of(new Address(alice), new Address(bob), new Uint256(card)),
            List.of());

    EthCall call =
        client
            .web3()
            .ethCall(
                Transaction.createEthCallTransaction(
                    alice, CARDS, FunctionEncoder.encode(transfer)),
                DefaultBlockParameterName.LATEST)
            .send();

    assertThat(call.isReverted()).isTrue();
    // web3j keeps the error's data as raw JSON, quotes included
    String data = call.getError().getData().replace("\"", "");
    String selector =
        Numeric.toHexString(Hash.sha3("SoulboundCard(uint256)".getBytes())).substring(0, 10);
    assertThat(data).startsWith(selector);
    assertThat(Numeric.toBigInt(data.substring(10))).isEqualTo(card);

    assertThat(as(4).transferFrom(alice, bob, card).sendAsync().handle((r, e) -> r == null).get())
        .as("the mined transaction fails")
        .isTrue();
    assertThat(as(0).ownerOf(card).send()).isEqualToIgnoringCase(alice);
  }
}
