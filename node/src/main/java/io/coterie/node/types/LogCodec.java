package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.util.ArrayList;
import java.util.List;

/** RLP of a log: {@code [address, [topic...], data]}. */
public final class LogCodec {
  private LogCodec() {}

  public static void write(RlpWriter out, Log log) {
    out.startList().writeBytes(log.address().toArray()).startList();
    for (Hash topic : log.topics()) {
      out.writeBytes(topic.toArray());
    }
    out.endList().writeBytes(log.data().toArray()).endList();
  }

  public static byte[] encode(Log log) {
    RlpWriter out = new RlpWriter();
    write(out, log);
    return out.toByteArray();
  }

  public static Log read(RlpReader in) {
    RlpReader list = TxFields.field("log", in::enterList);
    TxFields.requireMore(list, "a log [address, topics, data]", "address");
    Address address = Address.wrap(TxFields.field("log.address", () -> list.readBytes(20, "it")));
    TxFields.requireMore(list, "a log [address, topics, data]", "topics");
    RlpReader topicList = TxFields.field("log.topics", list::enterList);
    List<Hash> topics = new ArrayList<>();
    while (topicList.hasNext()) {
      if (topics.size() == Log.MAX_TOPICS) {
        throw new RlpException("log.topics: more than 4 topics");
      }
      topics.add(Hash.wrap(TxFields.field("log.topic", () -> topicList.readBytes(32, "it"))));
    }
    TxFields.requireMore(list, "a log [address, topics, data]", "data");
    Bytes data = Bytes.of(TxFields.field("log.data", list::readBytes));
    TxFields.requireEnd(list, "a log [address, topics, data]");
    return new Log(address, topics, data);
  }

  public static Log decode(byte[] encoded) {
    RlpReader in = new RlpReader(encoded);
    Log log = read(in);
    in.requireEnd("log");
    return log;
  }
}
