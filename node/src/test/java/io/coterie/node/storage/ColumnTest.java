package io.coterie.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnTest {

  @Test
  void columnIdsAreTheOnesWrittenToDisk() {
    // Changing an id orphans existing data directories: add new columns instead.
    assertThat(Column.CHAIN.id()).isEqualTo((byte) 1);
    assertThat(Column.TRIE.id()).isEqualTo((byte) 2);
    assertThat(Column.CONSENSUS.id()).isEqualTo((byte) 3);
    assertThat(Column.METADATA.id()).isEqualTo((byte) 4);
    assertThat(Arrays.stream(Column.values()).map(Column::id).distinct().count())
        .isEqualTo(Column.values().length);
  }
}
