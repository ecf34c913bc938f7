package io.coterie.node.execution;

import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;

<<<<<<< HEAD
/**
 * The gas a transaction costs before it runs (Ethereum's Istanbul/Berlin schedule): 21,000, plus 4
 * per zero and 16 per non-zero data byte, plus 2,400 per access-list address and 1,900 per
 * access-list storage key. Contract creation has no surcharge here because it is refused before
 * execution.
 */
=======
/** The gas a transaction costs before it runs, as Ethereum (Berlin and later) charges it. */
>>>>>>> main
public final class IntrinsicGas {
  public static final long TRANSACTION = 21_000;
  public static final long ZERO_DATA_BYTE = 4;
  public static final long NON_ZERO_DATA_BYTE = 16;
  public static final long ACCESS_LIST_ADDRESS = 2_400;
  public static final long ACCESS_LIST_STORAGE_KEY = 1_900;

  private IntrinsicGas() {}

  public static long of(Transaction tx) {
<<<<<<< HEAD
    long gas = TRANSACTION;
    Bytes data = tx.data();
    for (int i = 0; i < data.size(); i++) {
      gas += data.get(i) == 0 ? ZERO_DATA_BYTE : NON_ZERO_DATA_BYTE;
    }
=======
    long gas = TRANSACTION + ofData(tx.data());
>>>>>>> main
    for (AccessListEntry entry : tx.accessList()) {
      gas += ACCESS_LIST_ADDRESS + ACCESS_LIST_STORAGE_KEY * entry.storageKeys().size();
    }
    return gas;
  }
<<<<<<< HEAD
=======

  public static long ofData(Bytes data) {
    long gas = 0;
    for (int i = 0; i < data.size(); i++) {
      gas += data.get(i) == 0 ? ZERO_DATA_BYTE : NON_ZERO_DATA_BYTE;
    }
    return gas;
  }
>>>>>>> main
}
