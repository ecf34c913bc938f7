package io.coterie.node.storage;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts about the data directory in column {@link Column#METADATA}, under ASCII keys:
 *
 * <ul>
 *   <li>{@code head}: RLP {@code [blockHash, number]} of the last committed block;
 *   <li>{@code schema}: RLP integer, the layout version of the stored data;
 *   <li>{@code chain}: RLP {@code [chainId, genesisHash]} of the chain the directory belongs to.
 * </ul>
 *
 * Writes go into a caller's batch so they commit with the data they describe.
 */
public final class MetadataStore {
  private static final byte[] HEAD = ascii("head");
  private static final byte[] SCHEMA = ascii("schema");
  private static final byte[] CHAIN = ascii("chain");

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

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
