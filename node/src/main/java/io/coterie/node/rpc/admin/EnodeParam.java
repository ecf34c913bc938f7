package io.coterie.node.rpc.admin;

import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;

/** Reads an enode URL argument; a malformed one is an invalid-params error saying why. */
final class EnodeParam {
  private EnodeParam() {}

  static Enode required(RpcParams params, int index) {
    String text = params.requiredString(index, "enode");
    try {
      return Enode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParamsException(e.getMessage()).forParam(index, "enode");
    }
  }
}
