package io.coterie.node.rpc.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A {@link WebRoutes} answer: HTTP status, content type, body and any further headers. */
public final class WebResponse {
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final String cacheControl;
  private final Map<String, String> headers;

  public WebResponse(int status, String contentType, byte[] body, String cacheControl) {
    this(status, contentType, body, cacheControl, Map.of());
  }

  private WebResponse(
      int status,
      String contentType,
      byte[] body,
      String cacheControl,
      Map<String, String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body.clone();
    this.cacheControl = cacheControl;
    this.headers = Map.copyOf(headers);
  }

  public static WebResponse text(int status, String contentType, String body) {
    return new WebResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), "no-cache");
  }

  /** This answer with header {@code name} set to {@code value} as well. */
  public WebResponse withHeader(String name, String value) {
    Map<String, String> more = new TreeMap<>(headers);
    more.put(name, value);
    return new WebResponse(status, contentType, body, cacheControl, more);
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] body() {
    return body.clone();
  }

  public String cacheControl() {
    return cacheControl;
  }

  /** Headers beyond content type, length and cache control ({@code Location}, {@code Link}). */
  public Map<String, String> headers() {
    return headers;
  }
}
