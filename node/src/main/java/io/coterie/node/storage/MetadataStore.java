package io.coterie.node.storage;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Facts about the data directory in column {@link Column#METADATA}, under ASCII keys:
 *
 * <ul>
 *   <li>{@code head}: RLP {@code [blockHash, number]} of the last committed block;
 *   <li>{@code schema}: RLP integer, the layout version of the stored data;
 *   <li>{@code chain}: RLP {@code [chainId, genesisHash]} of the chain the directory belongs to;
 *   <li>{@code chaincode}: RLP {@code [[block, [[name, version], ...]], ...]}, the chaincode
 *       transitions the stored blocks were executed under (absent: written before transitions
 *       existed, so every block ran version 1).
 * </ul>
 *
 * Writes go into a caller's batch so they commit with the data they describe.
 */
public final class MetadataStore {
  private static final byte[] HEAD = ascii("head");
  private static final byte[] SCHEMA = ascii("schema");
  private static final byte[] CHAIN = ascii("chain");
  private static final byte[] CHAINCODE = ascii("chaincode");

  private final KeyValueStore store;

  public MetadataStore(KeyValueStore store) {
    this.store = store;
  }

  public Optional<ChainHead> head() {
    return store
        .get(Column.METADATA, HEAD)
        .map(
            bytes -> {
              RlpReader list = new RlpReader(bytes).enterList();
              ChainHead head =
                  new ChainHead(Hash.wrap(list.readBytes(Hash.SIZE, "head hash")), list.readLong());
              list.requireEnd("head");
              return head;
            });
  }

  public void putHead(WriteBatch batch, ChainHead head) {
    batch.put(
        Column.METADATA,
        HEAD,
        new RlpWriter()
            .startList()
            .writeBytes(head.hash().toArray())
            .writeLong(head.number())
            .endList()
            .toByteArray());
  }

  public OptionalInt schemaVersion() {
    return store
        .get(Column.METADATA, SCHEMA)
        .map(bytes -> OptionalInt.of((int) new RlpReader(bytes).readLong()))
        .orElse(OptionalInt.empty());
  }

  public void putSchemaVersion(WriteBatch batch, int version) {
    batch.put(Column.METADATA, SCHEMA, new RlpWriter().writeLong(version).toByteArray());
  }

  public Optional<ChainIdentity> chainIdentity() {
    return store
        .get(Column.METADATA, CHAIN)
        .map(
            bytes -> {
              RlpReader list = new RlpReader(bytes).enterList();
              ChainIdentity id =
                  new ChainIdentity(
                      list.readLong(), Hash.wrap(list.readBytes(Hash.SIZE, "genesis hash")));
              list.requireEnd("chain identity");
              return id;
            });
  }

  public void putChainIdentity(WriteBatch batch, ChainIdentity identity) {
    batch.put(
        Column.METADATA,
        CHAIN,
        new RlpWriter()
            .startList()
            .writeLong(identity.chainId())
            .writeBytes(identity.genesisHash().toArray())
            .endList()
            .toByteArray());
  }

  /** Block → (module name → version) of each transition, as last recorded. */
  public Optional<SortedMap<Long, SortedMap<String, Integer>>> chaincodeTransitions() {
    return store
        .get(Column.METADATA, CHAINCODE)
        .map(
            bytes -> {
              SortedMap<Long, SortedMap<String, Integer>> transitions = new TreeMap<>();
              RlpReader list = new RlpReader(bytes).enterList();
              while (list.hasNext()) {
                RlpReader entry = list.enterList();
                long block = entry.readLong();
                SortedMap<String, Integer> versions = new TreeMap<>();
                RlpReader pairs = entry.enterList();
                while (pairs.hasNext()) {
                  RlpReader pair = pairs.enterList();
                  String name = new String(pair.readBytes(), StandardCharsets.US_ASCII);
                  versions.put(name, Math.toIntExact(pair.readLong()));
                  pair.requireEnd("chaincode version");
                }
                entry.requireEnd("chaincode transition");
                transitions.put(block, versions);
              }
              return transitions;
            });
  }

  public void putChaincodeTransitions(
      WriteBatch batch, SortedMap<Long, SortedMap<String, Integer>> transitions) {
    RlpWriter out = new RlpWriter().startList();
    transitions.forEach(
        (block, versions) -> {
          out.startList().writeLong(block).startList();
          versions.forEach(
              (name, version) ->
                  out.startList().writeBytes(ascii(name)).writeLong(version).endList());
          out.endList().endList();
        });
    batch.put(Column.METADATA, CHAINCODE, out.endList().toByteArray());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
