package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.web3j.abi.datatypes.Type;

/**
 * A Solidity event by canonical signature, e.g. {@code RoleGranted(bytes32,address,address)}: topic
 * 0 is keccak256 of the signature, indexed value-type arguments are further topics, and the
 * non-indexed arguments are the ABI-encoded data.
 */
public record SolidityEvent(String signature) {
  public SolidityEvent {
    Objects.requireNonNull(signature, "signature");
    Selector.of(signature); // validates the shape
  }

  /** keccak256 of the signature. */
  public Word topic0() {
    return Word.keccak(signature);
  }

  /** Topic 0 followed by {@code indexed} (at most 3). */
  public List<Word> topics(Word... indexed) {
    if (indexed.length > 3) {
      throw new IllegalArgumentException("an event has at most 3 indexed arguments");
    }
    List<Word> topics = new ArrayList<>(1 + indexed.length);
    topics.add(topic0());
    topics.addAll(List.of(indexed));
    return List.copyOf(topics);
  }

  /** The ABI encoding of the non-indexed arguments. */
  @SuppressWarnings("rawtypes")
  public byte[] data(Type... nonIndexed) {
    return AbiValues.encode(nonIndexed);
  }
}
