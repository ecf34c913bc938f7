package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.compat.web3j.Consent;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * A member grants and revokes a merchant's consent, with the wrapper generated from Consent.json.
 */
class Web3jConsentTest {
  private static final String CONSENT = "0x0000000000000000000000000000000000001005";

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

  private Consent as(int account) {
    return Consent.load(CONSENT, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private static byte[] code(String text) {
    return Hash.sha3(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void grantHasConsentAndRevokeWithTheAuditorsTrail() throws Exception {
    String member = account(4).getAddress();
    String merchant = account(1).getAddress();
    byte[] purpose = code("marketing-email");
    Consent memberConsent = as(4);

    TransactionReceipt granted =
        memberConsent
            .grantConsent(
                merchant,
                purpose,
                code("send-newsletter"),
                BigInteger.ZERO,
                "https://brand.example/privacy#email")
            .send();

    Consent.ConsentGrantedEventResponse grant = Consent.getConsentGrantedEvents(granted).get(0);
    assertThat(grant.member).isEqualToIgnoringCase(member);
    assertThat(grant.merchant).isEqualToIgnoringCase(merchant);
    assertThat(grant.purpose).isEqualTo(purpose);
    assertThat(as(1).hasConsent(member, merchant, purpose).send()).isTrue();
    assertThat(as(1).hasConsent(member, merchant, code("profiling")).send()).isFalse();

    TransactionReceipt revoked = memberConsent.revokeConsent(merchant, purpose).send();

    assertThat(Consent.getConsentRevokedEvents(revoked)).hasSize(1);
    assertThat(as(1).hasConsent(member, merchant, purpose).send()).isFalse();
    assertThat(as(1).consentOf(member, merchant, purpose).send().component7()).isFalse();
  }
}
