package io.coterie.node.cli.options;

import io.coterie.node.cli.CliException;
import io.coterie.node.rpc.server.WebConfig;
import picocli.CommandLine.Option;

/**
 * The trace site: GS1 Digital Link pages ({@code GET /01/{GTIN}/10/{lot}}), always served on the
 * HTTP JSON-RPC port, and on a listener of their own with {@code --web-enabled}.
 */
public final class WebOptions {
  @Option(
      names = "--web-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description =
          "Serve the public trace pages on a listener of their own, besides the HTTP RPC port"
              + " (default: ${DEFAULT-VALUE}).")
  boolean enabled;

  @Option(
      names = "--web-host",
      paramLabel = "<HOST>",
      defaultValue = "127.0.0.1",
      description = "Interface the trace pages' listener binds (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--web-port",
      paramLabel = "<PORT>",
      defaultValue = "" + WebConfig.DEFAULT_PORT,
      description =
          "Port of the trace pages' listener; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--web-public-url",
      paramLabel = "<URL>",
      defaultValue = "",
      description =
          "Base of the links and QR codes the pages write, e.g. https://trace.brand.example"
              + " (default: the request's own http://host).")
  String publicUrl;

  public WebConfig config() {
    try {
      return new WebConfig(enabled, host, port, publicUrl);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
