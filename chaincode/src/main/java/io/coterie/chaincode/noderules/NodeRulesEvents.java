package io.coterie.chaincode.noderules;

import io.coterie.chaincode.abi.SolidityEvent;

/** Events of the NodeRules precompile; all arguments are indexed, data is empty. */
public final class NodeRulesEvents {
  private NodeRulesEvents() {}

  /** {@code NodeAdded(bytes32 indexed x, bytes32 indexed y, address indexed sender)}. */
  public static final SolidityEvent NODE_ADDED =
      new SolidityEvent("NodeAdded(bytes32,bytes32,address)");

  /** {@code NodeRemoved(bytes32 indexed x, bytes32 indexed y, address indexed sender)}. */
  public static final SolidityEvent NODE_REMOVED =
      new SolidityEvent("NodeRemoved(bytes32,bytes32,address)");
}
