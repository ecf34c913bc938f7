/**
 * GS1 EPCIS 2.0 for farms: reading an {@code EPCISDocument} (JSON-LD) and mapping each event onto
 * one call of the Provenance precompile ({@link io.coterie.node.rpc.epcis.CaptureDocument}, shared
 * by the node and {@code coterie provenance capture}), the REST binding's capture interface ({@code
 * POST /epcis/capture} of events that carry the farm's signed transactions, {@code GET
 * /epcis/capture/{id}}) and its query interface ({@code GET /epcis/events}), with the standard's
 * error types as RFC 7807 problem JSON. The node holds no farm key: every write it accepts is a
 * transaction the farm signed, checked to be exactly the call its event maps to.
 *
 * <p>Imports: {@code chain} (receipts, state at head), {@code execution} ({@code
 * ReadOnlyWorldStorage}), {@code txpool}, {@code types}, {@code crypto}, {@code rpc.server} (the
 * {@code WebRoutes} port), {@code rpc.web} (EPCIS rendering, Digital Links), the Provenance
 * chaincode's types, web3j's ABI encoder and Jackson.
 */
package io.coterie.node.rpc.epcis;
