package io.coterie.node.types;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reading and writing the fields transactions share, with the field's name in every error. */
final class TxFields {
  private TxFields() {}

  static <T> T field(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (RlpException e) {
      throw new RlpException(name + ": " + e.getMessage());
    }
  }

  static long readLong(RlpReader in, String name) {
    return field(name, in::readLong);
  }

  static BigInteger readU256(RlpReader in, String name) {
    return field(name, () -> in.readBigInteger(32));
  }

  static Bytes readData(RlpReader in) {
    return Bytes.of(field("data", in::readBytes));
  }

  static Destination readDestination(RlpReader in) {
    byte[] to = field("to", in::readBytes);
    if (to.length == 0) {
      return Destination.CREATION;
    }
    if (to.length != Address.SIZE) {
      throw new RlpException("to: must be 20 bytes (or empty for creation), got " + to.length);
    }
    return Destination.call(Address.wrap(to));
  }

  static void writeDestination(RlpWriter out, Destination destination) {
    if (destination instanceof Destination.Call call) {
      out.writeBytes(call.to().toArray());
    } else {
      out.writeBytes(new byte[0]);
    }
  }

  static List<AccessListEntry> readAccessList(RlpReader in) {
    RlpReader list = field("accessList", in::enterList);
    List<AccessListEntry> entries = new ArrayList<>();
    while (list.hasNext()) {
      String where = "accessList[" + entries.size() + "]";
      RlpReader entry = field(where, list::enterList);
      Address address = Address.wrap(field(where + ".address", () -> entry.readBytes(20, "it")));
      RlpReader keys = field(where + ".storageKeys", entry::enterList);
      List<Hash> storageKeys = new ArrayList<>();
      while (keys.hasNext()) {
        String key = where + ".storageKeys[" + storageKeys.size() + "]";
        storageKeys.add(Hash.wrap(field(key, () -> keys.readBytes(32, "it"))));
      }
      field(where, () -> requireEnd(entry, "an access list entry [address, storageKeys]"));
      entries.add(new AccessListEntry(address, storageKeys));
    }
    return entries;
  }

  static void writeAccessList(RlpWriter out, List<AccessListEntry> accessList) {
    out.startList();
    for (AccessListEntry entry : accessList) {
      out.startList().writeBytes(entry.address().toArray()).startList();
      for (Hash key : entry.storageKeys()) {
        out.writeBytes(key.toArray());
      }
      out.endList().endList();
    }
    out.endList();
  }

  static Void requireEnd(RlpReader in, String what) {
    if (in.hasNext()) {
      throw new RlpException("too many fields: " + what + " has no more");
    }
    return null;
  }

  static void requireMore(RlpReader in, String what, String nextField) {
    if (!in.hasNext()) {
      throw new RlpException("too few fields: " + what + " ends before " + nextField);
    }
  }
}
