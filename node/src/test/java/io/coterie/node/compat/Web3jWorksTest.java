package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.compat.web3j.CreatorWorks;
import io.coterie.node.compat.web3j.Editions;
import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;

/**
 * A member's work earning its royalty and a brand's capped edition, through the wrappers generated
 * from CreatorWorks.json and Editions.json, against a running devnet node.
 */
class Web3jWorksTest extends DevnetWeb3jTest {
  private static final String WORKS = "0x000000000000000000000000000000000000100b";
  private static final String EDITIONS = "0x000000000000000000000000000000000000100c";
  private static final String CPT = "0x0000000000000000000000000000000000002000";
  private static final BigInteger CPT_UNIT = BigInteger.TEN.pow(18);

  private CreatorWorks works(int account) {
    return CreatorWorks.load(WORKS, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private LoyaltyToken cpt(int account) {
    return LoyaltyToken.load(CPT, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private static BigInteger points(long n) {
    return BigInteger.valueOf(n).multiply(CPT_UNIT);
  }

  @Test
  void aResoldWorkPaysItsCreatorTheRoyaltyOnAPaidUse() throws Exception {
    String creator = account(4).getAddress();
    String holder = account(5).getAddress();
    byte[] contentHash = Hash.sha3("a tutorial video".getBytes());
    TransactionReceipt minted =
        works(4).mintWork(contentHash, "ipfs://video", BigInteger.valueOf(1000)).send();
    ok(minted);
    BigInteger id = works(4).getWorkMintedEvents(minted).get(0).tokenId;
    assertThat(works(4).ownerOf(id).send()).isEqualToIgnoringCase(creator);
    assertThat(works(4).royaltyInfo(id, points(50)).send().component2()).isEqualTo(points(5));

    ok(works(4).sell(id, holder, BigInteger.ZERO, points(20)).send());
    ok(cpt(5).approve(WORKS, points(20)).send());
    ok(works(5).buy(id).send());
    assertThat(works(5).ownerOf(id).send()).isEqualToIgnoringCase(holder);

    BigInteger creatorBefore = cpt(4).balanceOf(creator).send();
    BigInteger holderBefore = cpt(5).balanceOf(holder).send();
    ok(cpt(6).approve(WORKS, points(50)).send());
    TransactionReceipt used = works(6).buyUse(id, BigInteger.ZERO, points(50)).send();
    ok(used);

    assertThat(works(6).getUsePurchasedEvents(used).get(0).royalty).isEqualTo(points(5));
    assertThat(cpt(4).balanceOf(creator).send().subtract(creatorBefore)).isEqualTo(points(5));
    assertThat(cpt(5).balanceOf(holder).send().subtract(holderBefore)).isEqualTo(points(45));
    assertThat(works(6).usesOf(id).send()).isOne();
  }

  @Test
  void aBrandAirdropsAnEditionUpToItsCapAndHoldersTransferIt() throws Exception {
    Editions brand = Editions.load(EDITIONS, client.web3(), client.manager(0), Web3jClient.gas());
    Editions member = Editions.load(EDITIONS, client.web3(), client.manager(4), Web3jClient.gas());
    String alice = account(4).getAddress();
    String bob = account(5).getAddress();
    ok(brand.createEdition(BigInteger.valueOf(5), "ipfs://scent").send());
    BigInteger id = BigInteger.ONE;
    ok(
        brand
            .airdrop(id, List.of(alice, bob), List.of(BigInteger.valueOf(3), BigInteger.TWO))
            .send());
    assertThatThrownBy(() -> brand.airdrop(id, List.of(alice), List.of(BigInteger.ONE)).send())
        .as("the cap holds")
        .isInstanceOf(TransactionException.class);
    assertThat(member.totalSupply(id).send()).isEqualTo(5);

    ok(member.safeTransferFrom(alice, bob, id, BigInteger.TWO, new byte[0]).send());
    assertThat(member.balanceOf(alice, id).send()).isOne();
    assertThat(member.balanceOf(bob, id).send()).isEqualTo(4);
    assertThat(member.totalSupply(id).send()).isEqualTo(5);
    assertThat(member.uri(id).send()).isEqualTo("ipfs://scent");
  }
}
