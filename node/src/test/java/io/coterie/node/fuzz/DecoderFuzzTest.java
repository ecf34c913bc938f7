package io.coterie.node.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.p2p.rlpx.HandshakeException;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.MessageTooLargeException;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.TransactionCodec;
import java.util.Arrays;

/**
 * What peers and clients send is decoded by these; whatever the bytes, each either decodes or fails
 * with its documented exception (a peer penalty or an RPC error), never another one: an unexpected
 * exception on the consensus thread could stop a validator. {@code mvn verify} replays the inputs
 * kept under src/test/resources/io/coterie/node/fuzz/DecoderFuzzTestInputs; {@code JAZZER_FUZZ=1}
 * fuzzes (see README).
 */
class DecoderFuzzTest {
  private static final int MAX_INFLATED = 1 << 20;

  @FuzzTest(maxDuration = "60s")
  void transactionEnvelopes(byte[] input) {
    try {
      TransactionCodec.decode(input).signatureCheck();
    } catch (RlpException refused) {
      // malformed transactions are refused with a message naming the field
    }
  }

  @FuzzTest(maxDuration = "60s")
  void blocks(byte[] input) {
    try {
      BlockCodec.decode(input);
    } catch (RlpException refused) {
      // malformed blocks are refused with a message naming the field
    }
  }

  @FuzzTest(maxDuration = "60s")
  void qbftMessages(byte[] input) {
    if (input.length == 0) {
      return;
    }
    // Decoding never throws: malformed messages come back as DecodedMessage.Malformed.
    QbftMessageCodec.decode(input[0] & 0x1f, Arrays.copyOfRange(input, 1, input.length));
  }

  @FuzzTest(maxDuration = "60s")
  void snappyPayloads(byte[] input) {
    try {
      MessageCompression.decompress(input, MAX_INFLATED);
    } catch (HandshakeException | MessageTooLargeException refused) {
      // a corrupt or oversized payload costs the peer its connection
    }
  }
}
