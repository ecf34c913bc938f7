package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.provenance.ProvenanceCalls.context;
import static io.coterie.chaincode.provenance.ProvenanceFixture.FARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Recalls reach every descendant; custody moves only by ship + receive. */
class ProvenancePropertiesTest {
  private static final String GTIN = "10614141000019";

  /** Transform picks inputs by index masks; aggregate packs picked lots into a new pallet. */
  record Step(boolean aggregate, int mask, int outputs) {}

  private static Gen<List<Step>> dags() {
    return lists()
        .of(
            Generate.pick(List.of(false, false, true))
                .zip(integers().between(1, 255), integers().between(1, 2), Step::new))
        .ofSizeBetween(1, 12);
  }

  private static Gen<Integer> picks() {
    return integers().between(0, 1000);
  }

  @Test
  void aRecallReachesEveryDescendantAndNothingElse() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 1004))
        .forAll(dags(), picks())
        .checkAssert(ProvenancePropertiesTest::recallReachesExactlyTheDescendants);
  }

  private static void recallReachesExactlyTheDescendants(List<Step> steps, int recallPick) {
    ProvenanceFixture chain = new ProvenanceFixture();
    List<Word> lots = new ArrayList<>();
    List<Word> all = new ArrayList<>();
    SortedMap<Word, SortedSet<Word>> derived = new TreeMap<>();
    for (int i = 0; i < 3; i++) {
      Word root = chain.commission(FARM, GTIN, "R" + i);
      lots.add(root);
      all.add(root);
      derived.put(root, new TreeSet<>());
    }
    int counter = 0;
    for (Step step : steps) {
      List<Word> picked = new ArrayList<>();
      for (int i = 0; i < lots.size(); i++) {
        if ((step.mask() >> (i % 8) & 1) == 1 && picked.size() < 4) {
          picked.add(lots.get(i));
        }
      }
      if (picked.isEmpty()) {
        continue;
      }
      List<Word> created = new ArrayList<>();
      if (step.aggregate()) {
        String sscc = sscc(counter++);
        chain.ok(
            FARM,
            ProvenanceCalls.aggregate(
                sscc, picked, EpcisAction.ADD, context(BizStep.PACKING, chain.now())));
        created.add(Gs1.containerId(sscc));
        lots.removeAll(picked);
      } else {
        List<String> names = new ArrayList<>();
        for (int o = 0; o < step.outputs(); o++) {
          names.add("T" + counter++);
        }
        created.addAll(chain.transform(FARM, picked, GTIN, names));
        lots.addAll(created);
      }
      for (Word c : created) {
        derived.put(c, new TreeSet<>());
        all.add(c);
        picked.forEach(p -> derived.get(p).add(c));
      }
    }
    Word origin = all.get(Math.floorMod(recallPick, all.size()));
    SortedSet<Word> expected = descendants(origin, derived);

    assertThat(chain.call(FARM, ProvenanceCalls.recall(origin, Word.keccak("why"))).succeeded())
        .isTrue();

    for (Word lot : all) {
      assertThat(chain.isRecalled(lot))
          .as("lot %s recalled", lot)
          .isEqualTo(expected.contains(lot));
    }
  }

  enum Move {
    SHIP,
    RECEIVE,
    CANCEL,
    OBSERVE
  }

  record Attempt(Move move, int actor, int target) {}

  private static final List<ChainAddress> ACTORS =
      List.of(FARM, ProvenanceFixture.STORE, ProvenanceFixture.BRAND, ChainAddress.of(0xc1));

  private static Gen<List<Attempt>> attempts() {
    Gen<Integer> actor = integers().between(0, ACTORS.size() - 1);
    return lists()
        .of(Generate.enumValues(Move.class).zip(actor, actor, Attempt::new))
        .ofSizeBetween(0, 25);
  }

  @Test
  void custodyMovesOnlyThroughShipThenReceiveByTheNamedReceiver() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 1004))
        .forAll(attempts())
        .checkAssert(ProvenancePropertiesTest::custodyMovesOnlyByShipThenReceive);
  }

  private static void custodyMovesOnlyByShipThenReceive(List<Attempt> attempts) {
    ProvenanceFixture chain = new ProvenanceFixture();
    Word lot = chain.commission(FARM, GTIN, "C-1");
    ChainAddress custodian = FARM;
    ChainAddress inTransitTo = ChainAddress.ZERO;
    long t = chain.now();
    for (Attempt a : attempts) {
      ChainAddress actor = ACTORS.get(a.actor());
      ChainAddress target = ACTORS.get(a.target());
      boolean succeeded =
          switch (a.move()) {
            case SHIP ->
                chain
                    .call(
                        actor,
                        ProvenanceCalls.shipLots(
                            List.of(lot), target, context(BizStep.SHIPPING, t)))
                    .succeeded();
            case RECEIVE ->
                chain
                    .call(
                        actor,
                        ProvenanceCalls.receiveLots(List.of(lot), context(BizStep.RECEIVING, t)))
                    .succeeded();
            case CANCEL ->
                chain
                    .call(
                        actor,
                        ProvenanceCalls.recordObjectEvent(
                            List.of(lot), EpcisAction.OBSERVE, context(BizStep.VOID_SHIPPING, t)))
                    .succeeded();
            case OBSERVE ->
                chain
                    .call(
                        actor,
                        ProvenanceCalls.recordObjectEvent(
                            List.of(lot), EpcisAction.OBSERVE, context(BizStep.INSPECTING, t)))
                    .succeeded();
          };
      boolean inTransit = !inTransitTo.equals(ChainAddress.ZERO);
      boolean expected =
          switch (a.move()) {
            case SHIP -> actor.equals(custodian) && !inTransit && !target.equals(actor);
            case RECEIVE -> inTransit && actor.equals(inTransitTo);
            case CANCEL -> inTransit && actor.equals(custodian);
            case OBSERVE -> actor.equals(custodian) && !inTransit;
          };
      assertThat(succeeded).as("%s", a).isEqualTo(expected);
      if (succeeded) {
        switch (a.move()) {
          case SHIP -> inTransitTo = target;
          case RECEIVE -> {
            custodian = actor;
            inTransitTo = ChainAddress.ZERO;
          }
          case CANCEL -> inTransitTo = ChainAddress.ZERO;
          case OBSERVE -> {}
        }
      }
      assertThat(chain.custodian(lot)).isEqualTo(custodian);
    }
  }

  private static SortedSet<Word> descendants(
      Word origin, SortedMap<Word, SortedSet<Word>> derived) {
    SortedSet<Word> out = new TreeSet<>(List.of(origin));
    List<Word> queue = new ArrayList<>(List.of(origin));
    while (!queue.isEmpty()) {
      for (Word d : derived.get(queue.remove(0))) {
        if (out.add(d)) {
          queue.add(d);
        }
      }
    }
    return out;
  }

  static String sscc(int n) {
    String body = "00061414100%06d".formatted(n);
    int sum = 0;
    for (int i = body.length() - 1, w = 3; i >= 0; i--, w = 4 - w) {
      sum += (body.charAt(i) - '0') * w;
    }
    return body + (10 - sum % 10) % 10;
  }
}
