package io.coterie.node.rpc.auth;

/** The JSON-RPC error code of a refused call, Besu's: -40100 "Unauthorized". */
public final class AuthErrors {
  public static final int UNAUTHORIZED = -40100;

  private AuthErrors() {}
}
