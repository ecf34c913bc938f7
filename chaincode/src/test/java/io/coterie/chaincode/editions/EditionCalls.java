package io.coterie.chaincode.editions;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;

import io.coterie.chaincode.spi.ChainAddress;
import java.util.List;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** Calldata of the editions precompile. */
final class EditionCalls {
  static final ChainAddress EDITIONS = EditionsLayout.ADDRESS;

  private EditionCalls() {}

  static byte[] create(long cap, String uri) {
    return fn("createEdition", u256(cap), new Utf8String(uri));
  }

  static byte[] airdrop(long id, List<ChainAddress> to, List<Long> amounts) {
    return fn(
        "airdrop",
        u256(id),
        new DynamicArray<>(Address.class, to.stream().map(a -> addr(a)).toList()),
        uints(amounts));
  }

  static byte[] transfer(ChainAddress from, ChainAddress to, long id, long value) {
    return fn(
        "safeTransferFrom",
        addr(from),
        addr(to),
        u256(id),
        u256(value),
        new DynamicBytes(new byte[0]));
  }

  static byte[] batch(ChainAddress from, ChainAddress to, List<Long> ids, List<Long> values) {
    return fn(
        "safeBatchTransferFrom",
        addr(from),
        addr(to),
        uints(ids),
        uints(values),
        new DynamicBytes(new byte[0]));
  }

  static DynamicArray<Uint256> uints(List<Long> values) {
    return new DynamicArray<>(Uint256.class, values.stream().map(v -> u256(v)).toList());
  }

  static byte[] balanceOf(ChainAddress who, long id) {
    return fn("balanceOf", addr(who), u256(id));
  }
}
