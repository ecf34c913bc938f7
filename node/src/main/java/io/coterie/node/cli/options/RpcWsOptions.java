package io.coterie.node.cli.options;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The JSON-RPC WebSocket endpoint (subscriptions), with Besu's option names. */
public final class RpcWsOptions {
  @Option(
      names = "--rpc-ws-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description = "Serve JSON-RPC over WebSocket (default: ${DEFAULT-VALUE}).")
  boolean enabled;

  @Option(
      names = "--rpc-ws-host",
      paramLabel = "<HOST>",
      defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--rpc-ws-port",
      paramLabel = "<PORT>",
      defaultValue = "8546",
      description = "WebSocket port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--rpc-ws-api",
      paramLabel = "<API>",
      split = ",",
      defaultValue = "ETH,NET,WEB3,PROVENANCE",
      description =
          "Namespaces the WebSocket port serves, comma-separated, as --rpc-http-api (default:"
              + " ${DEFAULT-VALUE}).")
  List<String> apis;

  /** The WebSocket endpoint as configured; {@code apis} are lower-case namespace names. */
  public record RpcWsConfig(boolean enabled, String host, int port, List<String> apis) {
    public RpcWsConfig {
      apis = List.copyOf(apis);
    }
  }

  public RpcWsConfig config() {
    return new RpcWsConfig(
        enabled,
        host,
        port,
        apis.stream().map(String::trim).map(a -> a.toLowerCase(Locale.ROOT)).toList());
  }
}
