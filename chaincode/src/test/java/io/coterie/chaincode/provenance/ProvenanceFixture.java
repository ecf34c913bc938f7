package io.coterie.chaincode.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.RolesGenesis;
import io.coterie.chaincode.roles.RolesPrecompile;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A test host with Roles and Provenance; a farm, a brand, an inspector, a packer and a store. */
final class ProvenanceFixture {
  static final ChainAddress PROVENANCE = ProvenanceLayout.ADDRESS;
  static final ChainAddress ADMIN = ChainAddress.of(0xad);
  static final ChainAddress FARM = ChainAddress.of(0xfa);
  static final ChainAddress BRAND = ChainAddress.of(0xb1);
  static final ChainAddress INSPECTOR = ChainAddress.of(0xa0);
  static final ChainAddress STORE = ChainAddress.of(0x5707e);
  static final ChainAddress STRANGER = ChainAddress.of(0x5);

  final TestHost host = new TestHost(List.of(new RolesPrecompile(), new ProvenancePrecompile()));
  final ProvenanceReader reader = new ProvenanceReader();

  ProvenanceFixture() {
    SortedMap<Word, List<ChainAddress>> members = new TreeMap<>();
    members.put(StandardRoles.DEFAULT_ADMIN_ROLE, List.of(ADMIN));
    members.put(StandardRoles.FARM_ROLE, List.of(FARM));
    members.put(StandardRoles.BRAND_ROLE, List.of(BRAND));
    members.put(StandardRoles.INSPECTOR_ROLE, List.of(INSPECTOR));
    members.put(StandardRoles.SHOP_ROLE, List.of(STORE));
    host.world().putStorage(StandardRoles.ROLES_ADDRESS, RolesGenesis.initialStorage(members));
  }

  /** The test block's timestamp. */
  long now() {
    return 1_700_000_000L;
  }

  TestHost.Outcome call(ChainAddress from, byte[] input) {
    return host.call(from, PROVENANCE, input);
  }

  /** A call that must succeed; returns its return data. */
  byte[] ok(ChainAddress from, byte[] input) {
    TestHost.Outcome outcome = call(from, input);
    assertThat(outcome.succeeded()).as("call succeeds: %s", outcome).isTrue();
    return outcome.result().data();
  }

  byte[] view(byte[] input) {
    TestHost.Outcome outcome = host.staticCall(STRANGER, PROVENANCE, input);
    assertThat(outcome.succeeded()).as("view succeeds: %s", outcome).isTrue();
    return outcome.result().data();
  }

  Word commission(ChainAddress farm, String gtin, String lot) {
    byte[] out =
        ok(
            farm,
            ProvenanceCalls.commissionLot(
                gtin, lot, ProvenanceCalls.context(BizStep.COMMISSIONING, now())));
    return Word.wrap(java.util.Arrays.copyOfRange(out, 0, 32));
  }

  List<Word> transform(ChainAddress by, List<Word> inputs, String gtin, List<String> lots) {
    byte[] out =
        ok(
            by,
            ProvenanceCalls.transform(
                inputs,
                lots.stream().map(l -> gtin).toList(),
                lots,
                ProvenanceCalls.context(BizStep.REPACKAGING, now())));
    return ProvenanceCalls.decodeFirstBytes32Array(out);
  }

  boolean isRecalled(Word lotId) {
    return new BigInteger(1, view(ProvenanceCalls.isRecalled(lotId))).signum() != 0;
  }

  ChainAddress custodian(Word lotId) {
    return Word.wrap(view(ProvenanceCalls.custodianOf(lotId))).toAddress();
  }
}
