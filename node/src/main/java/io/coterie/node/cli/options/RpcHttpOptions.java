package io.coterie.node.cli.options;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The JSON-RPC HTTP endpoint, with Besu's option names. */
public final class RpcHttpOptions {
  @Option(
      names = "--rpc-http-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description = "Serve JSON-RPC over HTTP (default: ${DEFAULT-VALUE}).")
  boolean enabled;

  @Option(
      names = "--rpc-http-host",
      paramLabel = "<HOST>",
      defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--rpc-http-port",
      paramLabel = "<PORT>",
      defaultValue = "8545",
      description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--rpc-http-api",
      paramLabel = "<API>",
      split = ",",
      defaultValue = "ETH,NET,WEB3,PROVENANCE,COTERIE",
      description =
          "Namespaces the HTTP port serves, comma-separated: ETH, NET, WEB3, PROVENANCE, COTERIE"
              + " (the member relayer, with --relayer-key-file), TXPOOL,"
              + " QBFT, ADMIN, PERM (default: ${DEFAULT-VALUE}).")
  List<String> apis;

  @Option(
      names = "--host-allowlist",
      paramLabel = "<HOST>",
      split = ",",
      defaultValue = "localhost,127.0.0.1",
      description = "Host header values accepted; * for any (default: ${DEFAULT-VALUE}).")
  List<String> hostAllowlist;

  @Option(
      names = "--rpc-http-cors-origins",
      paramLabel = "<ORIGIN>",
      split = ",",
      description = "Browser origins allowed; * for any (default: none).")
  List<String> corsOrigins;

  /** The HTTP endpoint as configured; {@code apis} are lower-case namespace names. */
  public record RpcHttpConfig(
      boolean enabled,
      String host,
      int port,
      List<String> apis,
      List<String> hostAllowlist,
      List<String> corsOrigins) {
    public RpcHttpConfig {
      apis = List.copyOf(apis);
      hostAllowlist = List.copyOf(hostAllowlist);
      corsOrigins = List.copyOf(corsOrigins);
    }
  }

  public RpcHttpConfig config() {
    return new RpcHttpConfig(
        enabled,
        host,
        port,
        apis.stream().map(String::trim).map(a -> a.toLowerCase(Locale.ROOT)).toList(),
        hostAllowlist,
        corsOrigins == null ? List.of() : corsOrigins);
  }
}
