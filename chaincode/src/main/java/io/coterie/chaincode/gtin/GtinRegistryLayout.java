package io.coterie.chaincode.gtin;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;

/**
 * Storage of the GTIN registry account {@code 0x…1009}, as the equivalent Solidity contract lays it
 * out:
 *
 * <pre>
 * slot 0: mapping(string key => address owner)    owner of key at keccak256(bytes(key) . pad32(0))
 *         key: a company prefix (6-12 digits) or a GTIN-14 (14 digits); 0 = not bound
 * </pre>
 */
public final class GtinRegistryLayout {
  private GtinRegistryLayout() {}

  /** The GTIN registry precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x1009);

  public static final Word OWNERS_SLOT = Word.of(0);

  /** The slot holding the owner of {@code key}. */
  public static Word owner(String key) {
    return StorageSlots.mappingBytesKey(OWNERS_SLOT, key.getBytes(StandardCharsets.US_ASCII));
  }
}
