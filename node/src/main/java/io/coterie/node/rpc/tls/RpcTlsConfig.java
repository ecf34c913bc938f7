package io.coterie.node.rpc.tls;

import java.util.Objects;

/** TLS of both RPC listeners: {@code --rpc-http-tls-*} and {@code --rpc-ws-ssl-*}. */
public record RpcTlsConfig(TlsEndpointConfig http, TlsEndpointConfig ws) {
  public RpcTlsConfig {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(ws, "ws");
  }

  public static RpcTlsConfig off() {
    return new RpcTlsConfig(TlsEndpointConfig.off(), TlsEndpointConfig.off());
  }
}
