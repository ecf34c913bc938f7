package io.coterie.node.rpc.server;

import java.util.Objects;

/**
 * The trace site's own listener ({@code --web-enabled}, {@code --web-host}, {@code --web-port}) and
 * the public base URL its links and QR codes use ({@code --web-public-url}; empty: the request's
 * own {@code http://host}). The HTTP JSON-RPC port serves the same pages whether or not the own
 * listener is on. The own listener answers any Host (the pages are public and read-only) and
 * nothing but the site.
 */
public record WebConfig(boolean enabled, String host, int port, String publicUrl) {
  public static final int DEFAULT_PORT = 8547;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("web port must be 0 (ephemeral) to 65535, got " + port);
    }
    if (!publicUrl.isEmpty() && !publicUrl.matches("https?://[^\\s?#]+")) {
      throw new IllegalArgumentException(
          "--web-public-url must be an http(s) URL without query or fragment, such as"
              + " https://trace.brand.example; got '"
              + publicUrl
              + "'");
    }
  }

  /** No listener of its own; links from the request's host. */
  public static WebConfig off() {
    return new WebConfig(false, "127.0.0.1", DEFAULT_PORT, "");
  }
}
