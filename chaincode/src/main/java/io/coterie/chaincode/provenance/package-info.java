/**
 * The Provenance precompile at {@code 0x…1004}, on the GS1 EPCIS 2.0 / CBV 2.0 event model: lots
 * identified by GTIN + batch/lot, ObjectEvents, AggregationEvents (containers by SSCC),
 * TransformationEvents and TransactionEvents (ship/receive) with validated CBV business steps and
 * dispositions; custody; eager forward recalls; error declarations; inspector attestations. {@link
 * io.coterie.chaincode.provenance.ProvenanceLayout} documents the storage, {@link
 * io.coterie.chaincode.provenance.ProvenanceReader} serves the node's {@code provenance_getTrace}.
 *
 * <p>Version 2 creates lots only under GTINs that the GTIN registry ({@code 0x…1009}) gives the
 * caller; see {@link io.coterie.chaincode.provenance.LotCreationRules}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role ids, layout and errors), {@code io.coterie.chaincode.gtin}
 * (GTIN ownership and the GS1 check digit), web3j {@code abi}.
 */
package io.coterie.chaincode.provenance;
