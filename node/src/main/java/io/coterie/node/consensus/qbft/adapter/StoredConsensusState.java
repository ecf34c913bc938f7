package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.port.ConsensusStateStore;
import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.storage.Column;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The validator's locked state in column CONSENSUS under key {@code "qbft-locked"}, as RLP {@code
 * [height, round, blockHash, certificate]}. Every put is an fsynced batch: the algorithm sends its
 * commit only after this returns.
 */
public final class StoredConsensusState implements ConsensusStateStore {
  private static final byte[] KEY = "qbft-locked".getBytes(StandardCharsets.US_ASCII);

  private final KeyValueStore store;

  public StoredConsensusState(KeyValueStore store) {
    this.store = store;
  }

  @Override
  public void put(LockedState state) {
    byte[] value =
        new RlpWriter()
            .startList()
            .writeLong(state.height())
            .writeLong(state.round())
            .writeBytes(state.blockHash().toArray())
            .writeBytes(state.certificate().toArray())
            .endList()
            .toByteArray();
    store.commit(store.newBatch().put(Column.CONSENSUS, KEY, value).synced());
  }

  @Override
  public Optional<LockedState> load() {
    return store
        .get(Column.CONSENSUS, KEY)
        .map(
            bytes -> {
              RlpReader list = new RlpReader(bytes).enterList();
              long height = list.readLong();
              int round = Math.toIntExact(list.readLong());
              Hash hash = Hash.wrap(list.readBytes(Hash.SIZE, "block hash"));
              Bytes certificate = Bytes.of(list.readBytes());
              return new LockedState(height, round, hash, certificate);
            });
  }
}
