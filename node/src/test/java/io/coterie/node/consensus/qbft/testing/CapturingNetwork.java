package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.port.Misconduct;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.wire.DecodedMessage;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Records what the local validator sends, decoded through the real codec; may forward it too. */
public final class CapturingNetwork implements ValidatorNetwork {
  public record Sent(int code, Bytes data) {}

  /** A penalty the node reported against a peer. */
  public record Penalty(Address sender, Misconduct misconduct, String detail) {}

  private final List<Sent> sent = new ArrayList<>();
  private final List<Penalty> penalties = new ArrayList<>();
  private BiConsumer<Integer, byte[]> forward = (code, data) -> {};

  public void forwardTo(BiConsumer<Integer, byte[]> target) {
    this.forward = target;
  }

  @Override
  public void multicast(int messageCode, byte[] data) {
    sent.add(new Sent(messageCode, Bytes.of(data)));
    forward.accept(messageCode, data);
  }

  @Override
  public void send(Address validator, int messageCode, byte[] data) {
    multicast(messageCode, data);
  }

  @Override
  public void penalise(Address sender, Misconduct misconduct, String detail) {
    penalties.add(new Penalty(sender, misconduct, detail));
  }

  public List<Penalty> penalties() {
    return List.copyOf(penalties);
  }

  public List<QbftMessage> messages() {
    List<QbftMessage> out = new ArrayList<>();
    for (Sent s : sent) {
      DecodedMessage decoded = QbftMessageCodec.decode(s.code(), s.data().toArray());
      if (!(decoded instanceof DecodedMessage.Decoded ok)) {
        throw new AssertionError("the node sent an undecodable message: " + decoded);
      }
      out.add(ok.message());
    }
    return out;
  }

  public <T extends QbftMessage> List<T> messages(Class<T> type) {
    return messages().stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    sent.clear();
  }
}
