package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.compat.web3j.Consent;
import io.coterie.node.compat.web3j.EthereumDIDRegistry;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * The identity registry at 0x…1007 through web3j's wrapper generated from EthereumDIDRegistry.json:
 * a member adds a shop as delegate, a relayer submits an owner change the member signed, a
 * stranger's change is refused with the reference reason, and Consent honours the delegate.
 */
class Web3jIdentityTest {
  private static final String REGISTRY = "0x0000000000000000000000000000000000001007";
  private static final String CONSENT = "0x0000000000000000000000000000000000001005";
  private static final byte[] VERI_KEY =
      Arrays.copyOf("veriKey".getBytes(StandardCharsets.UTF_8), 32);

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

  private EthereumDIDRegistry as(int account) {
    return EthereumDIDRegistry.load(
        REGISTRY, client.web3(), client.manager(account), Web3jClient.gas());
  }

  @Test
  void aMemberAddsTheShopAsDelegateAndConsentHonoursItForTheMembersDid() throws Exception {
    String member = account(4).getAddress();
    String shop = account(1).getAddress();
    byte[] purpose = Hash.sha3("personalised-offers".getBytes(StandardCharsets.UTF_8));

    TransactionReceipt added =
        as(4).addDelegate(member, VERI_KEY, shop, BigInteger.valueOf(3600)).send();

    EthereumDIDRegistry.DIDDelegateChangedEventResponse event =
        EthereumDIDRegistry.getDIDDelegateChangedEvents(added).get(0);
    assertThat(event.identity).isEqualToIgnoringCase(member);
    assertThat(event.delegate).isEqualToIgnoringCase(shop);
    assertThat(event.previousChange).isZero();
    assertThat(as(1).validDelegate(member, VERI_KEY, shop).send()).isTrue();
    assertThat(as(1).changed(member).send()).isEqualTo(added.getBlockNumber());

    Consent consent = Consent.load(CONSENT, client.web3(), client.manager(4), Web3jClient.gas());
    consent.grantConsent(member, purpose, purpose, BigInteger.ZERO).send();

    assertThat(consent.hasDelegatedConsent(member, member, shop, purpose).send()).isTrue();
    assertThat(consent.hasConsent(member, shop, purpose).send()).isFalse();

    as(4).revokeDelegate(member, VERI_KEY, shop).send();
    assertThat(consent.hasDelegatedConsent(member, member, shop, purpose).send()).isFalse();
  }

  @Test
  void aRelayerSubmitsAnOwnerChangeTheOwnerSignedAndAStrangerIsRefused() throws Exception {
    Credentials member = account(5);
    String newOwner = account(6).getAddress();
    EthereumDIDRegistry relayer = as(1);
    BigInteger nonce = relayer.nonce(member.getAddress()).send();
    Sign.SignatureData sig =
        Sign.signMessage(
            changeOwnerHash(member.getAddress(), nonce, newOwner), member.getEcKeyPair(), false);

    TransactionReceipt receipt =
        relayer
            .changeOwnerSigned(
                member.getAddress(),
                BigInteger.valueOf(sig.getV()[0] & 0xff),
                sig.getR(),
                sig.getS(),
                newOwner)
            .send();

    assertThat(EthereumDIDRegistry.getDIDOwnerChangedEvents(receipt).get(0).owner)
        .isEqualToIgnoringCase(newOwner);
    assertThat(relayer.identityOwner(member.getAddress()).send()).isEqualToIgnoringCase(newOwner);
    assertThat(relayer.nonce(member.getAddress()).send()).isEqualTo(nonce.add(BigInteger.ONE));

    String data =
        FunctionEncoder.encode(
            new Function(
                "changeOwner",
                List.of(new Address(member.getAddress()), new Address(account(1).getAddress())),
                List.of()));
    String reason =
        client
            .web3()
            .ethCall(
                Transaction.createEthCallTransaction(account(1).getAddress(), REGISTRY, data),
                DefaultBlockParameterName.LATEST)
            .send()
            .getRevertReason();
    assertThat(reason).isEqualTo("execution reverted: bad_actor");
  }

  /** The reference layout: keccak256(0x19 0x00 registry nonce identity "changeOwner" newOwner). */
  private static byte[] changeOwnerHash(String identity, BigInteger nonce, String newOwner) {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    packed.writeBytes(new byte[] {0x19, 0x00});
    packed.writeBytes(Numeric.hexStringToByteArray(REGISTRY));
    packed.writeBytes(Numeric.toBytesPadded(nonce, 32));
    packed.writeBytes(Numeric.hexStringToByteArray(identity));
    packed.writeBytes("changeOwner".getBytes(StandardCharsets.UTF_8));
    packed.writeBytes(Numeric.hexStringToByteArray(newOwner));
    return Hash.sha3(packed.toByteArray());
  }
}
