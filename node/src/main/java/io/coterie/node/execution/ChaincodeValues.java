package io.coterie.node.execution;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;

/** Converts between the node's value types and the chaincode SPI's, byte for byte. */
public final class ChaincodeValues {
  private ChaincodeValues() {}

  public static ChainAddress toChain(Address address) {
    return ChainAddress.wrap(address.toArray());
  }

  public static Address toNode(ChainAddress address) {
    return Address.wrap(address.bytes());
  }

  public static Hash slot(Word word) {
    return Hash.wrap(word.bytes());
  }

  public static Word word(Bytes bytes32) {
    return Word.wrap(bytes32.toArray());
  }

  public static Hash hash(Word word) {
    return Hash.wrap(word.bytes());
  }
}
