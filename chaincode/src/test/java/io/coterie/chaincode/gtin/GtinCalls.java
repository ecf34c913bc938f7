package io.coterie.chaincode.gtin;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;

/** Calldata of the GTIN registry, and GS1 test identifiers. */
public final class GtinCalls {
  private GtinCalls() {}

  public static byte[] registerPrefix(String prefix, ChainAddress owner) {
    return fn("registerPrefix", new Utf8String(prefix), addr(owner));
  }

  public static byte[] registerGtin(String gtin, ChainAddress owner) {
    return fn("registerGtin", new Utf8String(gtin), addr(owner));
  }

  public static byte[] transferBinding(String key, ChainAddress newOwner) {
    return fn("transferBinding", new Utf8String(key), addr(newOwner));
  }

  public static byte[] removeBinding(String key) {
    return fn("removeBinding", new Utf8String(key));
  }

  public static byte[] ownerOf(String key) {
    return fn("ownerOf", new Utf8String(key));
  }

  public static byte[] gtinOwner(String gtin) {
    return fn("gtinOwner", new Utf8String(gtin));
  }

  /** The (owner, key) that {@code gtinOwner} returned. */
  @SuppressWarnings("rawtypes")
  public static GtinBinding decodeGtinOwner(byte[] data) {
    List<Type> out =
        AbiCalls.decode(data, new TypeReference<Address>() {}, new TypeReference<Utf8String>() {});
    return new GtinBinding(
        (String) out.get(1).getValue(), ChainAddress.fromHex((String) out.get(0).getValue()));
  }

  /**
   * The GTIN-14 made of {@code indicator}, {@code prefix} and {@code itemReference} (together 13
   * digits) and its check digit.
   */
  public static String gtin(String indicator, String prefix, String itemReference) {
    String body = indicator + prefix + itemReference;
    if (body.length() != 13) {
      throw new IllegalArgumentException("a GTIN-14 has 13 digits before its check digit: " + body);
    }
    for (int check = 0; check <= 9; check++) {
      if (Gs1CheckDigit.isValid(body + check)) {
        return body + check;
      }
    }
    throw new IllegalStateException("no check digit for " + body);
  }
}
