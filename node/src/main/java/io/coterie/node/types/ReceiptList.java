package io.coterie.node.types;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A block's receipts, unmodifiable, that also know where each receipt's logs start in the block's
 * log numbering ({@code logIndex}). Counting the logs before receipt {@code i} on every receipt
 * request made serving all receipts of a block quadratic in its size; the offsets are computed
 * once, when first asked for.
 */
public final class ReceiptList extends AbstractList<Receipt> implements RandomAccess {
  private final List<Receipt> receipts;
  private volatile int[] firstLogIndex;

  private ReceiptList(List<Receipt> receipts) {
    this.receipts = List.copyOf(receipts);
  }

  public static ReceiptList of(List<Receipt> receipts) {
    return receipts instanceof ReceiptList list ? list : new ReceiptList(receipts);
  }

  @Override
  public Receipt get(int index) {
    return receipts.get(index);
  }

  @Override
  public int size() {
    return receipts.size();
  }

  /** The block-wide index of the first log of receipt {@code index}. */
  public int firstLogIndex(int index) {
    int[] offsets = firstLogIndex;
    if (offsets == null) {
      offsets = new int[receipts.size()];
      int next = 0;
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = next;
        next += receipts.get(i).logs().size();
      }
      firstLogIndex = offsets;
    }
    return offsets[index];
  }
}
