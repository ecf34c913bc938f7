package io.coterie.chaincode.roles;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** Calldata for the Roles precompile built with web3j's own encoder, as a client would. */
final class RolesCalls {
  private RolesCalls() {}

  static byte[] hasRole(Word role, ChainAddress account) {
    return fn("hasRole", b32(role), addr(account));
  }

  static byte[] getRoleAdmin(Word role) {
    return fn("getRoleAdmin", b32(role));
  }

  static byte[] grantRole(Word role, ChainAddress account) {
    return fn("grantRole", b32(role), addr(account));
  }

  static byte[] revokeRole(Word role, ChainAddress account) {
    return fn("revokeRole", b32(role), addr(account));
  }

  static byte[] renounceRole(Word role, ChainAddress confirmation) {
    return fn("renounceRole", b32(role), addr(confirmation));
  }

  static byte[] setRoleAdmin(Word role, Word admin) {
    return fn("setRoleAdmin", b32(role), b32(admin));
  }

  static byte[] getRoleMember(Word role, long index) {
    return fn("getRoleMember", b32(role), new Uint256(BigInteger.valueOf(index)));
  }

  static byte[] getRoleMemberCount(Word role) {
    return fn("getRoleMemberCount", b32(role));
  }

  static byte[] getRoleMembers(Word role) {
    return fn("getRoleMembers", b32(role));
  }

  static byte[] getAccountRoleCount(ChainAddress account) {
    return fn("getAccountRoleCount", addr(account));
  }

  static byte[] supportsInterface(String interfaceIdHex) {
    return fn("supportsInterface", new Bytes4(Numeric.hexStringToByteArray(interfaceIdHex)));
  }

  static byte[] constant(String name) {
    return fn(name);
  }

  static boolean decodeBool(byte[] data) {
    return new BigInteger(1, data).signum() != 0;
  }

  static BigInteger decodeUint(byte[] data) {
    return new BigInteger(1, data);
  }

  static Word decodeBytes32(byte[] data) {
    return Word.wrap(data);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<ChainAddress> decodeAddresses(byte[] data) {
    List<Type> out =
        FunctionReturnDecoder.decode(
            Numeric.toHexString(data),
            (List) List.of(new TypeReference<org.web3j.abi.datatypes.DynamicArray<Address>>() {}));
    List<Address> addresses = (List<Address>) out.get(0).getValue();
    return addresses.stream().map(a -> ChainAddress.fromHex(a.getValue())).toList();
  }
}
