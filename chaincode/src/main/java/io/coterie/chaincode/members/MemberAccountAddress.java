package io.coterie.chaincode.members;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.Hash;

/**
 * Passkey ids and account addresses, computable offline: {@code keyId = keccak256(x ‖ y)} and the
 * account of a first key {@code address(uint160(uint256(keccak256(0xff ‖ 0x…1008 ‖ salt ‖
 * keyId))))}, CREATE2's formula with the key id in place of the init code hash.
 */
public final class MemberAccountAddress {
  private MemberAccountAddress() {}

  /** {@code keccak256(x ‖ y)}. */
  public static Word keyId(Word x, Word y) {
    byte[] buf = new byte[64];
    System.arraycopy(x.bytes(), 0, buf, 0, 32);
    System.arraycopy(y.bytes(), 0, buf, 32, 32);
    return Word.keccak(buf);
  }

  /** The account whose first key is {@code (x, y)}, with {@code salt}. */
  public static ChainAddress of(Word x, Word y, BigInteger salt) {
    byte[] buf = new byte[1 + 20 + 32 + 32];
    buf[0] = (byte) 0xff;
    System.arraycopy(MemberAccountsLayout.ADDRESS.bytes(), 0, buf, 1, 20);
    System.arraycopy(Word.of(salt).bytes(), 0, buf, 21, 32);
    System.arraycopy(keyId(x, y).bytes(), 0, buf, 53, 32);
    byte[] hash = Hash.sha3(buf);
    return ChainAddress.wrap(Arrays.copyOfRange(hash, 12, 32));
  }
}
