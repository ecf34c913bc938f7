package io.coterie.node.rpc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One request body being answered, as a {@link FairScheduler.Slice}: a batch runs its requests in
 * order and yields the worker every {@link #SLICE_NANOS}, so other clients get their turn. Once the
 * scope's deadline has passed, the requests not yet run answer with the timeout error; once the
 * response outgrows the size limit, the body answers with one error saying to ask for less. The
 * response goes to {@code done} (empty when the body held only notifications, or when the
 * connection went away first).
 */
final class RpcExchange implements FairScheduler.Slice {
  /** How long a batch holds a worker before letting the next client in. */
  static final long SLICE_NANOS = 5_000_000;

  private final JsonRpcProcessor processor;
  private final byte[] body;
  private final MethodLookup methods;
  private final RequestScope scope;
  private final int maxResponseBytes;
  private final Consumer<Optional<byte[]>> done;
  private List<JsonNode> requests;
  private boolean batch;
  private int next;
  private int answered;
  private final ByteArrayOutputStream response = new ByteArrayOutputStream();

  RpcExchange(
      JsonRpcProcessor processor,
      byte[] body,
      MethodLookup methods,
      RequestScope scope,
      int maxResponseBytes,
      Consumer<Optional<byte[]>> done) {
    this.processor = processor;
    this.body = body;
    this.methods = methods;
    this.scope = scope;
    this.maxResponseBytes = maxResponseBytes;
    this.done = done;
  }

  @Override
  public boolean run() {
    if (requests == null && !parse()) {
      return false;
    }
    long sliceEnd = System.nanoTime() + SLICE_NANOS;
    while (next < requests.size()) {
      JsonNode request = requests.get(next++);
      Optional<JsonNode> answer = processor.processOne(request, methods, scope);
      if (answer.isPresent() && !append(processor.serialize(answer.get()))) {
        tooLarge(request);
        return false;
      }
      if (next < requests.size() && System.nanoTime() - sliceEnd >= 0) {
        return true;
      }
    }
    finish();
    return false;
  }

  @Override
  public void abandon() {
    done.accept(Optional.empty());
  }

  private boolean parse() {
    JsonRpcProcessor.Parsed parsed = processor.parse(body);
    if (parsed instanceof JsonRpcProcessor.Parsed.Refused refused) {
      done.accept(Optional.of(processor.serialize(refused.response())));
      return false;
    }
    JsonRpcProcessor.Parsed.Requests parsedRequests = (JsonRpcProcessor.Parsed.Requests) parsed;
    requests = parsedRequests.requests();
    batch = parsedRequests.batch();
    return true;
  }

  /** False when the response would pass the limit. */
  private boolean append(byte[] answer) {
    int brackets = batch ? 2 : 0;
    if (response.size() + answer.length + brackets > maxResponseBytes) {
      return false;
    }
    if (batch) {
      response.write(answered == 0 ? '[' : ',');
    }
    response.writeBytes(answer);
    answered++;
    return true;
  }

  private void tooLarge(JsonNode request) {
    JsonNode id = batch || request.get("id") == null ? NullNode.instance : request.get("id");
    String what =
        batch
            ? "the batch's responses pass "
                + maxResponseBytes
                + " bytes after "
                + answered
                + " of "
                + requests.size()
                + " requests"
            : "the response passes " + maxResponseBytes + " bytes";
    done.accept(
        Optional.of(
            processor.serialize(
                JsonRpcProcessor.errorResponse(
                    id,
                    RpcError.limitExceeded(
                        what
                            + " (--rpc-max-response-size); ask for less: narrow eth_getLogs to"
                            + " fewer blocks, an address or topics, or send smaller batches")))));
  }

  private void finish() {
    if (answered == 0) {
      done.accept(Optional.empty());
      return;
    }
    if (batch) {
      response.write(']');
    }
    done.accept(Optional.of(response.toByteArray()));
  }
}
