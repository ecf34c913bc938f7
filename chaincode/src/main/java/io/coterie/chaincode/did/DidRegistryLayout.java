package io.coterie.chaincode.did;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;

/**
 * Storage slots of the identity account {@code 0x…1007}, as the reference {@code
 * EthereumDIDRegistry} contract lays out its four public mappings:
 *
 * <pre>
 * slot 0: mapping(address identity => address owner) owners            0 = the identity owns itself
 *         owners[i]          = keccak256(pad32(i) . 0)
 * slot 1: mapping(address identity => mapping(bytes32 typeHash => mapping(address delegate => uint256 validTo))) delegates
 *         delegates[i][h][d] = keccak256(pad32(d) . keccak256(h . keccak256(pad32(i) . 1)))
 *                              h = keccak256(abi.encode(delegateType)) = keccak256(delegateType)
 * slot 2: mapping(address identity => uint256 blockNumber) changed      block of the last change
 *         changed[i]         = keccak256(pad32(i) . 2)
 * slot 3: mapping(address signer => uint256) nonce                      signed changes used so far
 *         nonce[s]           = keccak256(pad32(s) . 3)
 * </pre>
 *
 * Attributes live only in {@code DIDAttributeChanged} events, as in the reference contract.
 */
public final class DidRegistryLayout {
  private DidRegistryLayout() {}

  public static final Word OWNERS_SLOT = Word.of(0);
  public static final Word DELEGATES_SLOT = Word.of(1);
  public static final Word CHANGED_SLOT = Word.of(2);
  public static final Word NONCE_SLOT = Word.of(3);

  public static Word owner(ChainAddress identity) {
    return StorageSlots.mapping(OWNERS_SLOT, identity);
  }

  /** The slot of {@code delegates[identity][typeHash][delegate]}; {@code typeHash} as stored. */
  public static Word delegate(ChainAddress identity, Word typeHash, ChainAddress delegate) {
    return StorageSlots.nestedMapping(
        DELEGATES_SLOT, Word.of(identity), typeHash, Word.of(delegate));
  }

  public static Word changed(ChainAddress identity) {
    return StorageSlots.mapping(CHANGED_SLOT, identity);
  }

  public static Word nonce(ChainAddress signer) {
    return StorageSlots.mapping(NONCE_SLOT, signer);
  }
}
