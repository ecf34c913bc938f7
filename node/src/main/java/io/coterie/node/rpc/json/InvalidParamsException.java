package io.coterie.node.rpc.json;

/**
 * A JSON-RPC param that cannot be used. The message is shown to the client as is (code -32602), so
 * it names the param, the value seen and what is expected.
 */
public final class InvalidParamsException extends RuntimeException {
  public InvalidParamsException(String message) {
    super(message);
  }

  /** The same problem, prefixed with the param position and name. */
  public InvalidParamsException forParam(int index, String name) {
    return new InvalidParamsException(
        "invalid param " + index + " (" + name + "): " + getMessage());
  }
}
