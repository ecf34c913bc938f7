package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An EPCIS 2.0 exception as RFC 7807 problem JSON: {@code type} is the standard's error URI, {@code
 * instance} the JSON pointer of the failing field (empty: the request as a whole), {@code detail}
 * what is wrong and what to send instead.
 */
public record EpcisProblem(Kind kind, String pointer, String detail) {
  private static final String ERRORS = "https://ref.gs1.org/standards/epcis/2.0.0/error/";

  /** The EPCIS 2.0 exceptions this node raises, with their HTTP status. */
  public enum Kind {
    VALIDATION("ValidationException", 400),
    QUERY_PARAMETER("QueryParameterException", 400),
    UNAUTHENTICATED("SecurityException", 401),
    FORBIDDEN("SecurityException", 403),
    NO_SUCH_RESOURCE("NoSuchResourceException", 404),
    CAPTURE_LIMIT_EXCEEDED("CaptureLimitExceededException", 413),
    IMPLEMENTATION("ImplementationException", 501);

    private final String title;
    private final int status;

    Kind(String title, int status) {
      this.title = title;
      this.status = status;
    }

    public String title() {
      return title;
    }

    public int status() {
      return status;
    }

    public String uri() {
      return ERRORS + title;
    }
  }

  public EpcisProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(detail, "detail");
  }

  public static EpcisProblem validation(String pointer, String detail) {
    return new EpcisProblem(Kind.VALIDATION, pointer, detail);
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("type", kind.uri());
    json.put("title", kind.title());
    json.put("status", kind.status());
    json.put("detail", detail);
    if (!pointer.isEmpty()) {
      json.put("instance", pointer);
    }
    return json;
  }
}
