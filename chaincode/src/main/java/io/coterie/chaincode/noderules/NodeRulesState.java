package io.coterie.chaincode.noderules;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the allowlist at {@link NodeRulesLayout} slots, as an enumerable set. */
final class NodeRulesState {
  private final AccountSlots slots;

  NodeRulesState(AccountSlots slots) {
    this.slots = slots;
  }

  BigInteger count() {
    return slots.load(NodeRulesLayout.count()).toBigInteger();
  }

  AllowedNode node(BigInteger index) {
    return new AllowedNode(
        slots.load(NodeRulesLayout.x(index)), slots.load(NodeRulesLayout.y(index)));
  }

  List<AllowedNode> nodes() {
    BigInteger count = count();
    List<AllowedNode> out = new ArrayList<>();
    for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
      out.add(node(i));
    }
    return out;
  }

  boolean contains(AllowedNode node) {
    return !slots.load(NodeRulesLayout.position(node)).isZero();
  }

  /** Appends {@code node}; {@code false} when it was already on the list. */
  boolean add(AllowedNode node) {
    if (contains(node)) {
      return false;
    }
    BigInteger length = count();
    slots.store(NodeRulesLayout.x(length), node.x());
    slots.store(NodeRulesLayout.y(length), node.y());
    slots.store(NodeRulesLayout.position(node), Word.of(length.add(BigInteger.ONE)));
    slots.store(NodeRulesLayout.count(), Word.of(length.add(BigInteger.ONE)));
    return true;
  }

  /** Removes {@code node}, moving the last node into its place; {@code false} when absent. */
  boolean remove(AllowedNode node) {
    Word positionSlot = NodeRulesLayout.position(node);
    BigInteger position = slots.load(positionSlot).toBigInteger();
    if (position.signum() == 0) {
      return false;
    }
    BigInteger index = position.subtract(BigInteger.ONE);
    BigInteger lastIndex = count().subtract(BigInteger.ONE);
    if (!index.equals(lastIndex)) {
      AllowedNode last = node(lastIndex);
      slots.store(NodeRulesLayout.x(index), last.x());
      slots.store(NodeRulesLayout.y(index), last.y());
      slots.store(NodeRulesLayout.position(last), Word.of(position));
    }
    slots.store(NodeRulesLayout.x(lastIndex), Word.ZERO);
    slots.store(NodeRulesLayout.y(lastIndex), Word.ZERO);
    slots.store(NodeRulesLayout.count(), Word.of(lastIndex));
    slots.store(positionSlot, Word.ZERO);
    return true;
  }
}
