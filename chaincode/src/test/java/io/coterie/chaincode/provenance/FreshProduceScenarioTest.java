package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.provenance.ProvenanceCalls.context;
import static io.coterie.chaincode.provenance.ProvenanceFixture.FARM;
import static io.coterie.chaincode.provenance.ProvenanceFixture.INSPECTOR;
import static io.coterie.chaincode.provenance.ProvenanceFixture.STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fresh-produce story of issue 3, from harvest to the consumer's trace and a recall. */
class FreshProduceScenarioTest {
  static final String HARVEST_GTIN = "10614141000019";
  static final String WASHED_GTIN = "10614141000026";
  static final String PACKED_GTIN = "10614141000033";

  private final ProvenanceFixture chain = new ProvenanceFixture();

  @Test
  void harvestIsWashedPackedShippedReceivedTracedAndRecalled() {
    long t = chain.now() - 3600;
    Word harvest = chain.commission(FARM, HARVEST_GTIN, "H-2026-11-24");
    Word washed = chain.transform(FARM, List.of(harvest), WASHED_GTIN, List.of("W-1")).get(0);
    chain.ok(
        FARM,
        ProvenanceCalls.transform(
            List.of(washed),
            List.of(PACKED_GTIN, PACKED_GTIN),
            List.of("P-1", "P-2"),
            context(BizStep.PACKING, t)
                .withSensor(200, 450)
                .withDocument(Word.keccak("lab result"), "ipfs://lab-result")));
    List<Word> packed = List.of(Gs1.lotId(PACKED_GTIN, "P-1"), Gs1.lotId(PACKED_GTIN, "P-2"));

    Outcome ship =
        chain.call(
            FARM,
            ProvenanceCalls.shipLots(
                packed,
                STORE,
                context(BizStep.SHIPPING, t).withDisposition(Disposition.IN_TRANSIT)));
    assertThat(ship.succeeded()).isTrue();
    assertThat(chain.custodian(packed.get(0))).isEqualTo(FARM);
    assertThat(chain.reader.lot(chain.host.world(), packed.get(0)).orElseThrow().inTransitTo())
        .isEqualTo(STORE);

    Outcome receive =
        chain.call(
            STORE,
            ProvenanceCalls.receiveLots(
                packed,
                context(BizStep.RECEIVING, chain.now())
                    .withReadPoint(ProvenanceCalls.STORE_GLN)
                    .withDisposition(Disposition.SELLABLE_ACCESSIBLE)));
    assertThat(receive.succeeded()).as("%s", receive).isTrue();
    assertThat(chain.custodian(packed.get(0))).isEqualTo(STORE);
    assertThat(chain.custodian(packed.get(1))).isEqualTo(STORE);

    ProvenanceTrace trace = chain.reader.trace(chain.host.world(), packed.get(0)).orElseThrow();
    assertThat(trace.lot().gs1Key()).isEqualTo(PACKED_GTIN);
    assertThat(trace.lot().lotNumber()).isEqualTo("P-1");
    assertThat(trace.lot().lot().custodian()).isEqualTo(STORE);
    assertThat(trace.events())
        .extracting(e -> e.context().bizStep())
        .containsExactly(BizStep.PACKING, BizStep.SHIPPING, BizStep.RECEIVING);
    assertThat(trace.events().get(0).type()).isEqualTo(EpcisEventType.TRANSFORMATION_EVENT);
    assertThat(trace.events().get(0).context().minTempCentiC()).isEqualTo(200);
    assertThat(trace.events().get(0).context().documentUri()).isEqualTo("ipfs://lab-result");
    assertThat(trace.events().get(1).counterparty()).isEqualTo(STORE);
    assertThat(trace.events().get(2).context().readPoint()).hasValue(ProvenanceCalls.STORE_GLN);
    assertThat(trace.backwardLineage())
        .extracting(i -> i.lot().lotId())
        .containsExactly(washed, harvest);
    assertThat(trace.forwardLineage()).isEmpty();
    assertThat(trace.lot().lot().recalled()).isFalse();

    chain.ok(INSPECTOR, ProvenanceCalls.attest(trace.events().get(0).eventId(), Word.keccak("ok")));
    Outcome recall = chain.call(FARM, ProvenanceCalls.recall(harvest, Word.keccak("listeria")));
    assertThat(recall.succeeded()).isTrue();
    assertThat(ProvenanceCalls.uint(recall.result().data(), 0)).isEqualTo(4);

    assertThat(chain.isRecalled(harvest)).isTrue();
    assertThat(chain.isRecalled(washed)).isTrue();
    assertThat(chain.isRecalled(packed.get(0))).isTrue();
    assertThat(chain.isRecalled(packed.get(1))).isTrue();
    ProvenanceTrace after = chain.reader.trace(chain.host.world(), packed.get(1)).orElseThrow();
    assertThat(after.lot().lot().recalled()).isTrue();
    assertThat(after.lot().lot().recallOrigin()).isEqualTo(harvest);
    ProvenanceTrace fromHarvest = chain.reader.trace(chain.host.world(), harvest).orElseThrow();
    assertThat(fromHarvest.forwardLineage())
        .extracting(i -> i.lot().lotId())
        .containsExactly(washed, packed.get(0), packed.get(1));
    assertThat(fromHarvest.events()).hasSize(2);
    assertThat(chain.reader.trace(chain.host.world(), washed).orElseThrow().attestations())
        .hasSize(1);
  }
}
