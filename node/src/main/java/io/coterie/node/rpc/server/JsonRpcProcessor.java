package io.coterie.node.rpc.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transport-independent JSON-RPC 2.0: parses a body (one request or a batch), validates each
 * envelope, calls the method and builds the response. A notification (no {@code id}) is executed
 * but answered with nothing; a batch of notifications answers with nothing at all. Thread-safe.
 */
public final class JsonRpcProcessor {
  public static final int DEFAULT_MAX_BATCH_SIZE = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcProcessor.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final int maxBatchSize;

  public JsonRpcProcessor(ObjectMapper mapper, int maxBatchSize) {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException(
          "the batch size limit must be at least 1, got " + maxBatchSize);
    }
    this.mapper = mapper;
    this.maxBatchSize = maxBatchSize;
  }

  public JsonRpcProcessor() {
    this(defaultMapper(), DEFAULT_MAX_BATCH_SIZE);
  }

  /** Rejects trailing content after the JSON value, so {@code {..} garbage} is a parse error. */
  public static ObjectMapper defaultMapper() {
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** The response to a body, or empty when it held only notifications. */
  public Optional<JsonNode> process(byte[] body, MethodLookup methods) {
    return process(body, methods, RequestScope.local());
  }

  /** As {@link #process(byte[], MethodLookup)}, for the request in {@code scope}. */
  public Optional<JsonNode> process(byte[] body, MethodLookup methods, RequestScope scope) {
    Parsed parsed = parse(body);
    if (parsed instanceof Parsed.Refused refused) {
      return Optional.of(refused.response());
    }
    Parsed.Requests requests = (Parsed.Requests) parsed;
    if (!requests.batch()) {
      return processOne(requests.requests().get(0), methods, scope);
    }
    ArrayNode responses = NODES.arrayNode();
    for (JsonNode request : requests.requests()) {
      processOne(request, methods, scope).ifPresent(responses::add);
    }
    return responses.isEmpty() ? Optional.empty() : Optional.of(responses);
  }

  /** A body read as JSON-RPC: its requests, or the error response that refuses it whole. */
  public sealed interface Parsed {
    /** One request ({@code batch} false) or the members of a batch, in order. */
    record Requests(List<JsonNode> requests, boolean batch) implements Parsed {
      public Requests {
        requests = List.copyOf(requests);
      }
    }

    record Refused(JsonNode response) implements Parsed {}
  }

  /** Parses a body and checks the batch size, without calling anything. */
  public Parsed parse(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      return new Parsed.Refused(
          errorResponse(NullNode.instance, RpcError.parseError(parseProblem(e))));
    }
    if (root == null || root.isMissingNode()) {
      return new Parsed.Refused(
          errorResponse(NullNode.instance, RpcError.parseError("the body is empty")));
    }
    if (!root.isArray()) {
      return new Parsed.Requests(List.of(root), false);
    }
    ArrayNode batch = (ArrayNode) root;
    if (batch.isEmpty()) {
      return new Parsed.Refused(
          errorResponse(
              NullNode.instance,
              RpcError.invalidRequest("empty batch; send at least one request")));
    }
    if (batch.size() > maxBatchSize) {
      return new Parsed.Refused(
          errorResponse(
              NullNode.instance,
              RpcError.limitExceeded(
                  "batch of "
                      + batch.size()
                      + " requests exceeds the limit of "
                      + maxBatchSize
                      + "; split it into smaller batches")));
    }
    List<JsonNode> requests = new ArrayList<>(batch.size());
    batch.forEach(requests::add);
    return new Parsed.Requests(requests, true);
  }

  /** As {@link #process(byte[], MethodLookup)}, serialised; empty when there is nothing to send. */
  public Optional<byte[]> processToBytes(byte[] body, MethodLookup methods) {
    return process(body, methods).map(this::serialize);
  }

  public byte[] serialize(JsonNode response) {
    try {
      return mapper.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JsonNode tree always serialises", e);
    }
  }

  /**
   * Answers one request of a body: its response, or empty for a notification. Once the scope's
   * deadline has passed the request is not called and answers with the timeout error.
   */
  public Optional<JsonNode> processOne(JsonNode request, MethodLookup methods, RequestScope scope) {
    if (!request.isObject()) {
      return Optional.of(
          errorResponse(
              NullNode.instance,
              RpcError.invalidRequest(
                  "expected a request object, got " + request.getNodeType().name().toLowerCase())));
    }
    JsonNode id = request.get("id");
    boolean notification = id == null;
    if (id != null && !id.isTextual() && !id.isNumber() && !id.isNull()) {
      return Optional.of(
          errorResponse(
              NullNode.instance, RpcError.invalidRequest("id must be a string, a number or null")));
    }
    JsonNode responseId = notification ? NullNode.instance : id;
    Optional<RpcError> envelopeProblem = envelopeProblem(request);
    if (envelopeProblem.isPresent()) {
      return Optional.of(errorResponse(responseId, envelopeProblem.get()));
    }
    String name = request.get("method").textValue();
    JsonNode result;
    try {
      scope.deadline().check();
      result = call(name, request.get("params"), methods, scope);
    } catch (RpcException e) {
      return notification ? Optional.empty() : Optional.of(errorResponse(responseId, e.error()));
    }
    return notification ? Optional.empty() : Optional.of(resultResponse(responseId, result));
  }

  private static Optional<RpcError> envelopeProblem(JsonNode request) {
    JsonNode version = request.get("jsonrpc");
    if (version == null || !version.isTextual() || !version.textValue().equals("2.0")) {
      return Optional.of(RpcError.invalidRequest("jsonrpc must be \"2.0\""));
    }
    JsonNode method = request.get("method");
    if (method == null || !method.isTextual() || method.textValue().isEmpty()) {
      return Optional.of(RpcError.invalidRequest("method must be a non-empty string"));
    }
    JsonNode params = request.get("params");
    if (params != null && params.isObject()) {
      return Optional.of(
          RpcError.invalidParams(
              "params by name are not supported; pass params as a JSON array in order"));
    }
    if (params != null && !params.isArray() && !params.isNull()) {
      return Optional.of(RpcError.invalidRequest("params must be a JSON array"));
    }
    return Optional.empty();
  }

  private JsonNode call(String name, JsonNode params, MethodLookup methods, RequestScope scope) {
    RpcMethod method =
        methods
            .find(name)
            .orElseThrow(
                () -> new RpcException(RpcError.methodNotFound(name, methods.enabledNamespaces())));
    RpcParams rpcParams =
        params == null || params.isNull() ? RpcParams.empty() : new RpcParams((ArrayNode) params);
    try {
      return mapper.valueToTree(method.execute(rpcParams, scope));
    } catch (RpcException e) {
      throw e;
    } catch (InvalidParamsException e) {
      throw new RpcException(RpcError.invalidParams(e.getMessage()));
    } catch (RuntimeException e) {
      // Params may carry secrets (a login signature, a raw transaction): log only how many there
      // were.
      LOG.error("RPC method failed method={} paramCount={}", name, rpcParams.size(), e);
      throw new RpcException(RpcError.internalError());
    }
  }

  private static ObjectNode resultResponse(JsonNode id, JsonNode result) {
    ObjectNode response = NODES.objectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", id);
    response.set("result", result == null ? NullNode.instance : result);
    return response;
  }

  /** A complete error response, for transports that fail before a body is processed. */
  public static ObjectNode errorResponse(JsonNode id, RpcError error) {
    ObjectNode response = NODES.objectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", id);
    response.set("error", error.toJson());
    return response;
  }

  private static String parseProblem(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline))
        + "; send a JSON object or array";
  }
}
