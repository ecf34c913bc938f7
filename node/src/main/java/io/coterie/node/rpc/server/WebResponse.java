package io.coterie.node.rpc.server;

import java.nio.charset.StandardCharsets;

/** A {@link WebRoutes} answer: HTTP status, content type and body. */
public final class WebResponse {
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final String cacheControl;

  public WebResponse(int status, String contentType, byte[] body, String cacheControl) {
    this.status = status;
    this.contentType = contentType;
    this.body = body.clone();
    this.cacheControl = cacheControl;
  }

  public static WebResponse text(int status, String contentType, String body) {
    return new WebResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), "no-cache");
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
}
