package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.genesis.devnet.DevnetSetup;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** The CPT points program through the wrapper generated from LoyaltyToken.json. */
class Web3jLoyaltyTest {
  private static final String CPT = "0x0000000000000000000000000000000000002000";
  private static final BigInteger ONE_CPT = BigInteger.TEN.pow(18);

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

  private LoyaltyToken as(int account) {
    return LoyaltyToken.load(CPT, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private static byte[] ref(String text) {
    return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
  }

  private static BigInteger cpt(long amount) {
    return ONE_CPT.multiply(BigInteger.valueOf(amount));
  }

  @Test
  void aShopAwardsAMemberTransfersAndRedeemsWithEvents() throws Exception {
    String alice = account(4).getAddress();
    String bob = account(5).getAddress();

    TransactionReceipt awarded = as(1).award(alice, cpt(25), ref("order-1001")).send();
    assertThat(awarded.isStatusOK()).isTrue();
    LoyaltyToken.AwardedEventResponse award = LoyaltyToken.getAwardedEvents(awarded).get(0);
    assertThat(award.member).isEqualToIgnoringCase(alice);
    assertThat(award.shop).isEqualToIgnoringCase(account(1).getAddress());
    assertThat(award.amount).isEqualTo(cpt(25));
    assertThat(LoyaltyToken.getTransferEvents(awarded).get(0).from)
        .isEqualTo("0x0000000000000000000000000000000000000000");

    TransactionReceipt transferred = as(4).transfer(bob, cpt(100)).send();
    LoyaltyToken.TransferEventResponse transfer =
        LoyaltyToken.getTransferEvents(transferred).get(0);
    assertThat(transfer.to).isEqualToIgnoringCase(bob);
    assertThat(transfer.value).isEqualTo(cpt(100));

    TransactionReceipt redeemed = as(5).redeem(cpt(300), ref("voucher-7")).send();
    LoyaltyToken.RedeemedEventResponse redemption = LoyaltyToken.getRedeemedEvents(redeemed).get(0);
    assertThat(redemption.member).isEqualToIgnoringCase(bob);
    assertThat(redemption.amount).isEqualTo(cpt(300));

    LoyaltyToken reader = as(0);
    assertThat(reader.balanceOf(alice).send())
        .isEqualTo(DevnetSetup.POINTS_PER_MEMBER.add(cpt(25)).subtract(cpt(100)));
    assertThat(reader.balanceOf(bob).send())
        .isEqualTo(DevnetSetup.POINTS_PER_MEMBER.add(cpt(100)).subtract(cpt(300)));
    assertThat(reader.totalSupply().send())
        .isEqualTo(
            // members #4 to #9 and the devnet passkey's member account hold 1,000 each
            DevnetSetup.POINTS_PER_MEMBER.multiply(BigInteger.valueOf(7)).add(cpt(25 - 300)));
    assertThat(reader.awardRefUsed(ref("order-1001")).send()).isTrue();
  }

  @Test
  void aMemberApprovesByAnEip712PermitThatTheShopSubmits() throws Exception {
    Credentials owner = account(6);
    String spender = account(1).getAddress();
    LoyaltyToken shop = as(1);
    BigInteger nonce = shop.nonces(owner.getAddress()).send();
    BigInteger deadline = BigInteger.valueOf(client.latestTimestamp() + 3_600);
    String typedData =
        """
        {"types": {
           "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                            {"name": "chainId", "type": "uint256"},
                            {"name": "verifyingContract", "type": "address"}],
           "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                      {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                      {"name": "deadline", "type": "uint256"}]},
         "primaryType": "Permit",
         "domain": {"name": "Coterie Points", "version": "1", "chainId": %d,
                    "verifyingContract": "%s"},
         "message": {"owner": "%s", "spender": "%s", "value": "%s", "nonce": "%s",
                     "deadline": "%s"}}
        """
            .formatted(
                DevnetSpec.CHAIN_ID, CPT, owner.getAddress(), spender, cpt(40), nonce, deadline);
    StructuredDataEncoder encoder = new StructuredDataEncoder(typedData);
    assertThat(encoder.hashDomain()).isEqualTo(shop.DOMAIN_SEPARATOR().send());
    Sign.SignatureData signature =
        Sign.signMessage(encoder.hashStructuredData(), owner.getEcKeyPair(), false);

    TransactionReceipt permitted =
        shop.permit(
                owner.getAddress(),
                spender,
                cpt(40),
                deadline,
                new BigInteger(1, signature.getV()),
                signature.getR(),
                signature.getS())
            .send();

    assertThat(permitted.isStatusOK()).isTrue();
    assertThat(shop.allowance(owner.getAddress(), spender).send()).isEqualTo(cpt(40));
    assertThat(shop.nonces(owner.getAddress()).send()).isEqualTo(nonce.add(BigInteger.ONE));
    TransactionReceipt pulled = shop.transferFrom(owner.getAddress(), spender, cpt(40)).send();
    assertThat(pulled.isStatusOK()).isTrue();
    assertThat(shop.balanceOf(spender).send()).isEqualTo(cpt(40));
  }
}
