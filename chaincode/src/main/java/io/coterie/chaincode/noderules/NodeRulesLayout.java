package io.coterie.chaincode.noderules;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage slots of the NodeRules account {@code 0x…1006}, as this Solidity contract lays them out:
 *
 * <pre>
 * struct Node { bytes32 x; bytes32 y; }
 * slot 0: Node[] _nodes
 *         length            = slot 0
 *         node i: x         = keccak256(pad32(0)) + 2i
 *                 y         = keccak256(pad32(0)) + 2i + 1
 * slot 1: mapping(bytes32 id => uint256) _positions     id = keccak256(x . y), the enode id's hash
 *         position[id]      = keccak256(id . 1)         index + 1, absent = 0
 * </pre>
 *
 * Removal moves the last node into the gap, as OpenZeppelin's {@code EnumerableSet} does, so the
 * order is a function of the add/remove history only.
 */
public final class NodeRulesLayout {
  private NodeRulesLayout() {}

  public static final Word NODES_SLOT = Word.of(0);
  public static final Word POSITIONS_SLOT = Word.of(1);

  public static Word count() {
    return NODES_SLOT;
  }

  public static Word x(BigInteger index) {
    return StorageSlots.arrayElement(NODES_SLOT, index, 2);
  }

  public static Word y(BigInteger index) {
    return x(index).plus(1);
  }

  public static Word position(AllowedNode node) {
    return StorageSlots.mapping(POSITIONS_SLOT, node.idHash());
  }
}
