package io.coterie.node.rpc.method;

/** Thrown by a method to answer with a specific {@link RpcError}. */
public final class RpcException extends RuntimeException {
  private final RpcError error;

  public RpcException(RpcError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public RpcError error() {
    return error;
  }
}
