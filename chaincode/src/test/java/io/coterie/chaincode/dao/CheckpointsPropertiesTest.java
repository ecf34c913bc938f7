package io.coterie.chaincode.dao;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Storage checkpoints answer like OZ's upperLookup for any history and any block. */
class CheckpointsPropertiesTest {

  record Push(int blockGap, long value) {}

  @Provide
  Arbitrary<List<Push>> pushes() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(0, 3), Arbitraries.longs().between(0, 1_000))
        .as(Push::new)
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 300, seed = "208")
  void upperLookupIsTheLastValueAtOrBeforeTheBlock(@ForAll("pushes") List<Push> pushes) {
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
  }
}
