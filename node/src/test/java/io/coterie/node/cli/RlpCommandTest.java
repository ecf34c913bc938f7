package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coterie rlp encode --type QBFT_EXTRA_DATA} (Besu's command); that it equals a running
 * network's block 0 extraData is shown by {@code network.ConsortiumBootstrapTest}.
 */
class RlpCommandTest {
  private static final String A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  private static final String B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
  private static final String C = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

  @TempDir Path dir;

  private CliRun encode(String json) throws Exception {
    Path file = dir.resolve("validators.json");
    Files.writeString(file, json);
    return CliRun.of("rlp", "encode", "--type", "QBFT_EXTRA_DATA", "--from", file.toString());
  }

  @Test
  void theExtraDataDecodesToTheValidatorsSortedWithZeroVanityNoVoteRoundZeroAndNoSeals()
      throws Exception {
    CliRun run = encode("[\"" + C + "\", \"" + A + "\", \"" + B + "\"]");

    assertThat(run.exitCode()).as(run.err()).isZero();
    QbftExtraData extra = QbftExtraDataCodec.decode(Bytes.parseHex(run.out().trim()));
    assertThat(extra.validators())
        .containsExactly(Address.fromHex(B), Address.fromHex(A), Address.fromHex(C));
    assertThat(extra.vanity().toArray()).containsOnly(0);
    assertThat(extra.vote()).isEmpty();
    assertThat(extra.round()).isZero();
    assertThat(extra.seals()).isEmpty();
  }

  @Test
  void theOrderOfTheListDoesNotChangeTheEncoding() throws Exception {
    String sorted = encode("[\"" + A + "\", \"" + B + "\", \"" + C + "\"]").out();
    Files.delete(dir.resolve("validators.json"));
    String shuffled = encode("[\"" + B + "\", \"" + C + "\", \"" + A + "\"]").out();

    assertThat(shuffled).isEqualTo(sorted);
    assertThat(
            QbftExtraDataCodec.decode(Bytes.parseHex(sorted.trim())).validators().stream()
                .map(Address::toHex)
                .toList())
        .isEqualTo(List.of(B, A, C).stream().map(a -> Address.fromHex(a).toHex()).toList());
  }

  @Test
  void badListsAreRefusedSayingWhatToGive() throws Exception {
    assertThat(encode("[\"0x12\"]").err()).contains("entry 0", "not an address", "40 hex digits");
    Files.delete(dir.resolve("validators.json"));
    assertThat(encode("{\"a\": 1}").err()).contains("not a non-empty JSON array");
    Files.delete(dir.resolve("validators.json"));
    assertThat(encode("[\"" + A + "\", \"" + A + "\"]").err()).contains("twice");
    Files.delete(dir.resolve("validators.json"));
    CliRun notJson = encode("[0x12");
    assertThat(notJson.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(notJson.err()).contains("is not JSON").doesNotContain("Exception");
  }
}
