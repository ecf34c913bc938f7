package io.coterie.chaincode.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Storage checkpoints answer like OZ's upperLookup for any history and any block. */
class CheckpointsPropertiesTest {

  record Push(int blockGap, long value) {}

  @Test
  void upperLookupIsTheLastValueAtOrBeforeTheBlock() {
    qt().withExamples(300)
        .withFixedSeed(Long.getLong("QT_SEED", 208))
        .forAll(
            lists()
                .of(integers().between(0, 3).zip(longs().between(0, 1_000), Push::new))
                .ofSizeBetween(0, 30))
        .checkAssert(
            pushes -> {
              SortedMap<Word, Word> storage = new TreeMap<>();
              Checkpoints checkpoints = new Checkpoints(AccountSlots.inMap(storage), Word.of(6));
              TreeMap<Long, Long> model = new TreeMap<>();
              long block = 1;
              for (Push p : pushes) {
                block += p.blockGap();
                checkpoints.push(block, BigInteger.valueOf(p.value()));
                model.put(block, p.value());
              }

              assertThat(checkpoints.length()).isEqualTo(model.size());
              for (long b = 0; b <= block + 1; b++) {
                var entry = model.floorEntry(b);
                long expected = entry == null ? 0 : entry.getValue();
                assertThat(checkpoints.upperLookup(b)).as("block %d", b).isEqualTo(expected);
              }
            });
  }
}
