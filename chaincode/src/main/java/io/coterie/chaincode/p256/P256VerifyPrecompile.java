package io.coterie.chaincode.p256;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Precompile;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * P-256 signature verification at {@code 0x…0100} with the RIP-7212 / EIP-7951 interface: input
 * exactly {@code hash ‖ r ‖ s ‖ x ‖ y} (5 × 32 bytes), output the 32-byte word 1 for a valid
 * signature and nothing for any failure, 6,900 gas whatever the outcome. It never reverts, so a
 * caller tells "invalid" from "valid" by the output alone, as on Ethereum.
 */
public final class P256VerifyPrecompile implements Precompile {
  /** The precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100);

  /** EIP-7951's gas, charged for every call. */
  public static final long GAS = 6_900;

  /** The only input length accepted. */
  public static final int INPUT_LENGTH = 160;

  private static final byte[] ONE = new byte[32];

  static {
    ONE[31] = 1;
  }

  @Override
  public String name() {
    return "p256verify";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    ctx.gas().charge(GAS);
    return verify(input) ? CallResult.success(ONE) : CallResult.success();
  }

  /** Whether {@code input} is 160 bytes holding a valid signature, as the precompile decides. */
  public static boolean verify(byte[] input) {
    if (input.length != INPUT_LENGTH) {
      return false;
    }
    return P256.verify(
        Arrays.copyOfRange(input, 0, 32),
        word(input, 1),
        word(input, 2),
        word(input, 3),
        word(input, 4));
  }

  private static BigInteger word(byte[] input, int index) {
    return new BigInteger(1, Arrays.copyOfRange(input, 32 * index, 32 * index + 32));
  }
}
