package io.coterie.node.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.StampedLock;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * {@link KeyValueStore} on RocksDB, one column family per {@link Column} (named by the column's
 * id). Tuned for small machines: two background jobs, bloom filters (trie nodes are looked up by
 * random hash), LZ4, a shared block cache.
 *
 * <p>Durability: the write-ahead log is always on. By default a commit is not fsynced: the batch is
 * in the WAL in the OS page cache when {@link #commit} returns, which survives a crash or SIGKILL
 * of the process (the usual failure) but not a power loss or kernel crash, where the last few
 * commits may be lost — always whole batches, so the node restarts at an earlier complete block and
 * re-syncs it from peers. {@link Settings#syncWrites()} fsyncs every commit instead, for validators
 * that must not forget a block across power loss, at the cost of a disk flush per block. A batch
 * marked {@link WriteBatch#synced()} is fsynced whatever the setting.
 *
 * <p>RocksDB's LOCK file keeps a second process (or a second open in this one) out of the
 * directory; {@link #open} turns that failure into a message naming the directory.
 *
 * <p>Use after close: RocksDB's native handles crash the JVM when touched after they are freed, so
 * every operation holds a read stamp and {@link #close} takes the write stamp. Close therefore
 * waits for operations in flight, and any operation after it throws {@link IllegalStateException}.
 */
public final class RocksDbStore implements KeyValueStore {
  static {
    RocksDB.loadLibrary();
  }

  /** How the store is opened. */
  public record Settings(boolean syncWrites, long blockCacheBytes) {
    public Settings {
      if (blockCacheBytes < 0) {
        throw new IllegalArgumentException("block cache size must not be negative");
      }
    }

    public static Settings defaults() {
      return new Settings(false, 64L * 1024 * 1024);
    }
  }

  private final Path directory;
  private final RocksDB db;
  private final DBOptions dbOptions;
  private final ColumnFamilyOptions columnOptions;
  private final LRUCache blockCache;
  private final BloomFilter bloomFilter;
  private final WriteOptions writeOptions;
  private final WriteOptions syncedWriteOptions = new WriteOptions().setSync(true);
  private final List<ColumnFamilyHandle> handles;
  private final Map<Column, ColumnFamilyHandle> columns;
  private final StampedLock lifecycle = new StampedLock();
  private boolean closed; // guarded by lifecycle

  private RocksDbStore(
      Path directory,
      RocksDB db,
      DBOptions dbOptions,
      ColumnFamilyOptions columnOptions,
      LRUCache blockCache,
      BloomFilter bloomFilter,
      WriteOptions writeOptions,
      List<ColumnFamilyHandle> handles,
      Map<Column, ColumnFamilyHandle> columns) {
    this.directory = directory;
    this.db = db;
    this.dbOptions = dbOptions;
    this.columnOptions = columnOptions;
    this.blockCache = blockCache;
    this.bloomFilter = bloomFilter;
    this.writeOptions = writeOptions;
    this.handles = handles;
    this.columns = columns;
  }

  public static RocksDbStore open(Path directory, Settings settings) {
    try {
      Files.createDirectories(directory);
    } catch (java.io.IOException e) {
      throw new StorageException(
          "cannot create data directory "
              + directory
              + ": "
              + e.getMessage()
              + "; check --data-path",
          e);
    }
    LRUCache blockCache = new LRUCache(settings.blockCacheBytes());
    BloomFilter bloomFilter = new BloomFilter(10, false);
    BlockBasedTableConfig table =
        new BlockBasedTableConfig()
            .setBlockCache(blockCache)
            .setFilterPolicy(bloomFilter)
            .setCacheIndexAndFilterBlocks(true)
            .setPinL0FilterAndIndexBlocksInCache(true)
            .setFormatVersion(5);
    ColumnFamilyOptions columnOptions =
        new ColumnFamilyOptions()
            .setTableFormatConfig(table)
            .setCompressionType(CompressionType.LZ4_COMPRESSION)
            .setLevelCompactionDynamicLevelBytes(true);
    DBOptions dbOptions =
        new DBOptions()
            .setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true)
            .setMaxBackgroundJobs(2)
            .setMaxOpenFiles(1024)
            .setKeepLogFileNum(5);
    WriteOptions writeOptions = new WriteOptions().setSync(settings.syncWrites());

    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, columnOptions));
    for (Column column : Column.values()) {
      descriptors.add(new ColumnFamilyDescriptor(new byte[] {column.id()}, columnOptions));
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try {
      RocksDB db = RocksDB.open(dbOptions, directory.toString(), descriptors, handles);
      Map<Column, ColumnFamilyHandle> columns = new EnumMap<>(Column.class);
      Column[] all = Column.values();
      for (int i = 0; i < all.length; i++) {
        columns.put(all[i], handles.get(i + 1));
      }
      return new RocksDbStore(
          directory,
          db,
          dbOptions,
          columnOptions,
          blockCache,
          bloomFilter,
          writeOptions,
          handles,
          columns);
    } catch (RocksDBException e) {
      writeOptions.close();
      dbOptions.close();
      columnOptions.close();
      blockCache.close();
      bloomFilter.close();
      throw translate(directory, e);
    }
  }

  private static StorageException translate(Path directory, RocksDBException e) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(Locale.ROOT).contains("lock")) {
      return new StorageException(
          "data directory "
              + directory
              + " is in use by another Coterie process (its LOCK file is held); stop that"
              + " process or start this one with another --data-path",
          e);
    }
    return new StorageException("cannot open the database in " + directory + ": " + message, e);
  }

  public Path directory() {
    return directory;
  }

  @Override
  public Optional<byte[]> get(Column column, byte[] key) {
    long stamp = lifecycle.readLock();
    try {
      ensureOpen("a read of " + column);
      return Optional.ofNullable(db.get(columns.get(column), key));
    } catch (RocksDBException e) {
      throw new StorageException("reading " + column + " in " + directory + " failed", e);
    } finally {
      lifecycle.unlockRead(stamp);
    }
  }

  @Override
  public void commit(WriteBatch batch) {
    long stamp = lifecycle.readLock();
    try (org.rocksdb.WriteBatch native_ = new org.rocksdb.WriteBatch()) {
      ensureOpen("a commit of " + batch.size() + " operation(s)");
      for (WriteBatch.Operation op : batch.operations()) {
        ColumnFamilyHandle handle = columns.get(op.column);
        if (op.value == null) {
          native_.delete(handle, op.key);
        } else {
          native_.put(handle, op.key, op.value);
        }
      }
      db.write(batch.isSynced() ? syncedWriteOptions : writeOptions, native_);
    } catch (RocksDBException e) {
      throw new StorageException(
          "writing a batch of " + batch.size() + " operation(s) to " + directory + " failed", e);
    } finally {
      lifecycle.unlockRead(stamp);
    }
  }

  private void ensureOpen(String operation) {
    if (closed) {
      throw new IllegalStateException(
          "the database in "
              + directory
              + " is closed, so "
              + operation
              + " was refused; whatever made it outlived the node's stop and must be stopped"
              + " before the store is closed");
    }
  }

  /** Waits for operations in flight, then frees the native handles; a second close does nothing. */
  @Override
  public void close() {
    long stamp = lifecycle.writeLock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (ColumnFamilyHandle handle : handles) {
        handle.close();
      }
      db.close();
      writeOptions.close();
      syncedWriteOptions.close();
      dbOptions.close();
      columnOptions.close();
      blockCache.close();
      bloomFilter.close();
    } finally {
      lifecycle.unlockWrite(stamp);
    }
  }
}
