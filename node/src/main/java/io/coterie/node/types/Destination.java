package io.coterie.node.types;

/**
 * Where a transaction goes: a call to an address, or contract creation (an empty {@code to} on the
 * wire). The chain refuses creation at validation, but the codec must represent it to decode and
 * hash such transactions faithfully.
 */
public sealed interface Destination permits Destination.Call, Destination.Creation {
  Creation CREATION = new Creation();

  static Destination call(Address to) {
    return new Call(to);
  }

  record Call(Address to) implements Destination {
    public Call {
      java.util.Objects.requireNonNull(to, "to");
    }
  }

  record Creation() implements Destination {}
}
