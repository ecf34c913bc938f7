package io.coterie.node.chain;

import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.state.WorldState;
import io.coterie.node.storage.ChainHead;
import io.coterie.node.storage.ChainIdentity;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.MetadataStore;
import io.coterie.node.storage.SchemaGuard;
import io.coterie.node.storage.StorageException;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.types.BlockHashing;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the chain in a data directory: claims an empty directory for this chain and writes block 0,
 * resumes at the stored head otherwise, and refuses another chain's directory.
 */
public final class ChainOpener {
  private ChainOpener() {}

  /** The opened chain and the importer that extends it. */
  public record OpenedChain(Blockchain chain, BlockImporter importer) {}

  public static OpenedChain open(
      Path dataDir,
      KeyValueStore store,
      long chainId,
      ExecutedBlock genesis,
      BlockHashing hashing) {
    Hash genesisHash = hashing.hash(genesis.block().header());
    SchemaGuard.Verdict verdict =
        SchemaGuard.admit(dataDir, store, new ChainIdentity(chainId, genesisHash));
    if (verdict instanceof SchemaGuard.Verdict.Refused refused) {
      throw new StorageException(refused.message());
    }
    ChainStore chainStore = new ChainStore(store);
    TrieNodeStore trieNodes = new TrieNodeStore(store);
    MetadataStore metadata = new MetadataStore(store);
    Optional<ChainHead> stored = metadata.head();
    Blockchain.Head head;
    if (stored.isEmpty()) {
      WriteBatch batch = store.newBatch();
      genesis.nodes().writeTo(trieNodes.sink(batch));
      chainStore.put(batch, genesisHash, genesis.block(), genesis.receipts());
      metadata.putHead(batch, new ChainHead(genesisHash, 0));
      store.commit(batch);
      head = new Blockchain.Head(genesis.block().header(), genesisHash, genesis.state());
    } else {
      Hash headHash = stored.get().hash();
      BlockHeader header =
          chainStore
              .header(headHash)
              .orElseThrow(
                  () ->
                      new StorageException(
                          "data directory "
                              + dataDir
                              + " names head block "
                              + headHash
                              + " but does not hold it; run `coterie db verify`, or start over with"
                              + " --reset"));
      head = new Blockchain.Head(header, headHash, WorldState.open(trieNodes, header.stateRoot()));
    }
    Blockchain chain = new Blockchain(chainId, chainStore, trieNodes, hashing, head);
    return new OpenedChain(chain, new BlockImporter(store, chainStore, trieNodes, metadata, chain));
  }
}
