package io.coterie.node.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncStatusTest {

  @Test
  void theLiveHeadIsTheCurrentBlockAndNeverFallsOutsideStartAndHighest() {
    SyncStatus status = new SyncStatus(10, 12, 100);

    assertThat(status.atHead(57)).isEqualTo(new SyncStatus(10, 57, 100));
    assertThat(status.atHead(120)).isEqualTo(new SyncStatus(10, 120, 120));
    assertThat(status.atHead(3)).isEqualTo(new SyncStatus(10, 10, 100));
  }
}
