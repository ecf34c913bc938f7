package io.coterie.node.execution;

import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;

/** The gas a transaction costs before it runs, as Ethereum (Berlin and later) charges it. */
public final class IntrinsicGas {
  public static final long TRANSACTION = 21_000;
  public static final long ZERO_DATA_BYTE = 4;
  public static final long NON_ZERO_DATA_BYTE = 16;
  public static final long ACCESS_LIST_ADDRESS = 2_400;
  public static final long ACCESS_LIST_STORAGE_KEY = 1_900;

  private IntrinsicGas() {}

  public static long of(Transaction tx) {
    long gas = TRANSACTION + ofData(tx.data());
    for (AccessListEntry entry : tx.accessList()) {
      gas += ACCESS_LIST_ADDRESS + ACCESS_LIST_STORAGE_KEY * entry.storageKeys().size();
    }
    return gas;
  }

  public static long ofData(Bytes data) {
    long gas = 0;
    for (int i = 0; i < data.size(); i++) {
      gas += data.get(i) == 0 ? ZERO_DATA_BYTE : NON_ZERO_DATA_BYTE;
    }
    return gas;
  }
}
