package io.coterie.node.rpc.view;

import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.provenance.ProvenanceTrace;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.state.WorldStateReader;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code provenance_getTrace(lotId)}: the whole trace of a lot or container at the head block, as
 * readable JSON (see {@link TraceJson}): the lot, its events in recorded order with CBV URNs,
 * ISO-8601 times and GLNs, its backward and forward lineage, attestations, error declarations and
 * whether it reads as recalled. {@code lotId} is the 32-byte id the Provenance precompile derives
 * from the GS1 keys ({@code lotIdOf(gtin, lot)} / {@code containerIdOf(sscc)}). An unknown lot is
 * error -32000 "no lot ...".
 */
public final class ProvenanceGetTrace implements RpcMethod {
  private final Supplier<WorldStateReader> headState;
  private final ProvenanceReader reader;

  /** Where Digital Link URIs point when the node has no {@code --web-public-url}. */
  public static final String GS1_RESOLVER = "https://id.gs1.org";

  private final String linkBase;

  public ProvenanceGetTrace(Supplier<WorldStateReader> headState, ProvenanceReader reader) {
    this(headState, reader, "");
  }

  /**
   * {@code publicUrl}: the trace site's {@code --web-public-url}, the base of the lots' Digital
   * Link URIs; empty: GS1's resolver, {@code https://id.gs1.org}.
   */
  public ProvenanceGetTrace(
      Supplier<WorldStateReader> headState, ProvenanceReader reader, String publicUrl) {
    this.headState = headState;
    this.reader = reader;
    this.linkBase = publicUrl.isEmpty() ? GS1_RESOLVER : publicUrl.replaceAll("/+$", "");
  }

  @Override
  public String name() {
    return "provenance_getTrace";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    Word lotId = Word.wrap(params.requiredData(0, "lotId", Word.SIZE));
    WorldStorage storage = new ReadOnlyWorldStorage(headState.get());
    Optional<ProvenanceTrace> trace = reader.trace(storage, lotId);
    if (trace.isEmpty()) {
      throw new RpcException(
          RpcError.serverError(
              "no lot "
                  + lotId.toHex()
                  + " has been recorded on this chain; derive the id with the Provenance"
                  + " precompile's lotIdOf(gtin, lot) or containerIdOf(sscc) at 0x…1004"));
    }
    return new TraceJson(reader, storage, linkBase).render(trace.get());
  }
}
