package io.coterie.node.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.p2p.TestPeerNode;
import org.junit.jupiter.api.Test;

class EnodeTest {
  private final String id = TestPeerNode.newKey().publicKey().toHex().substring(2);

  @Test
  void parsesAndFormatsAnEnodeUrl() {
    Enode enode = Enode.parse("enode://" + id + "@127.0.0.1:30303?discport=0");
    assertThat(enode.host()).isEqualTo("127.0.0.1");
    assertThat(enode.port()).isEqualTo(30303);
    assertThat(enode.toString()).isEqualTo("enode://" + id + "@127.0.0.1:30303");
    assertThat(Enode.parse(enode.toString())).isEqualTo(enode);
    assertThat(Enode.parse("enode://" + id + "@[::1]:1").toString()).endsWith("@[::1]:1");
  }

  @Test
  void refusesMalformedUrlsSayingWhatIsExpected() {
    assertThatThrownBy(() -> Enode.parse("http://x"))
        .hasMessageContaining("does not start with enode://");
    assertThatThrownBy(() -> Enode.parse("enode://abcd@h:1")).hasMessageContaining("not 128");
    assertThatThrownBy(() -> Enode.parse("enode://" + id + "@host"))
        .hasMessageContaining("no port");
    assertThatThrownBy(() -> Enode.parse("enode://" + id + "@host:99999"))
        .hasMessageContaining("0-65535");
    assertThatThrownBy(() -> Enode.parse("enode://" + "zz".repeat(64) + "@h:1"))
        .hasMessageContaining("not hex");
  }
}
