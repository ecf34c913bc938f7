package io.coterie.node.p2p.rlpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageCompressionTest {
  @Test
  void payloadsLargerThanOneSnappySliceRoundTrip() {
    // Repeating 700-byte records with small changes, like a headers response: matches at every
    // distance, the case a short position table gets wrong past 32 KiB.
    Random random = new Random(7);
    byte[] record = new byte[700];
    random.nextBytes(record);
    for (int size : new int[] {0, 1, 32 * 1024, 32 * 1024 + 1, 150_000, 1_000_000}) {
      byte[] plain = new byte[size];
      for (int i = 0; i < size; i++) {
        plain[i] = (byte) (record[i % record.length] + (i / record.length % 3 == 0 ? i / 7000 : 0));
      }

      byte[] inflated =
          MessageCompression.decompress(MessageCompression.compress(plain), plain.length);

      assertThat(inflated).isEqualTo(plain);
    }
  }
}
