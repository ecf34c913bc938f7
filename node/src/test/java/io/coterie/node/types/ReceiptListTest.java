package io.coterie.node.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptListTest {
  private static Receipt withLogs(int count) {
    Log log = new Log(Address.of(0x2000), List.of(Hash.ZERO), Bytes.EMPTY);
    return Receipt.of(TxType.DYNAMIC_FEE, true, 21_000, Collections.nCopies(count, log));
  }

  @Test
  void eachReceiptsLogsStartAfterThoseOfTheReceiptsBeforeIt() {
    ReceiptList receipts =
        ReceiptList.of(List.of(withLogs(0), withLogs(2), withLogs(0), withLogs(3), withLogs(1)));

    assertThat(receipts).hasSize(5);
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(receipts::firstLogIndex))
        .containsExactly(0, 0, 2, 2, 5);
    assertThat(ReceiptList.of(receipts)).isSameAs(receipts);
  }

  @Test
  void theListCannotBeChanged() {
    ReceiptList receipts = ReceiptList.of(List.of(withLogs(1)));

    assertThatThrownBy(() -> receipts.add(withLogs(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
