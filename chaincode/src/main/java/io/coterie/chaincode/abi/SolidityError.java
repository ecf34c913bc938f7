package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.CallResult;
import java.util.Objects;
import org.web3j.abi.datatypes.Type;

/**
 * A Solidity error by canonical signature; its revert data is the 4-byte selector followed by the
 * ABI-encoded arguments. {@link #ERROR_STRING} and {@link #PANIC} are Solidity's built-in ones.
 */
public record SolidityError(String signature) {
  /** {@code Error(string)}, selector {@code 0x08c379a0}: {@code require(cond, "reason")}. */
  public static final SolidityError ERROR_STRING = new SolidityError("Error(string)");

  /** {@code Panic(uint256)}, selector {@code 0x4e487b71}: assertion and bounds failures. */
  public static final SolidityError PANIC = new SolidityError("Panic(uint256)");

  /** Panic code for an array index out of bounds. */
  public static final int PANIC_ARRAY_OUT_OF_BOUNDS = 0x32;

  public SolidityError {
    Objects.requireNonNull(signature, "signature");
    Selector.of(signature);
  }

  /** The 4-byte selector. */
  public Selector selector() {
    return Selector.of(signature);
  }

  /** Selector + ABI-encoded {@code args}. */
  @SuppressWarnings("rawtypes")
  public byte[] encode(Type... args) {
    byte[] encodedArgs = AbiValues.encode(args);
    byte[] out = new byte[4 + encodedArgs.length];
    System.arraycopy(selector().bytes(), 0, out, 0, 4);
    System.arraycopy(encodedArgs, 0, out, 4, encodedArgs.length);
    return out;
  }

  /** A revert carrying this error with {@code args}. */
  @SuppressWarnings("rawtypes")
  public CallResult revert(Type... args) {
    return CallResult.revert(encode(args));
  }

  /** Revert data of {@code Error(reason)}, as {@code require(false, reason)} produces. */
  public static byte[] reason(String reason) {
    return ERROR_STRING.encode(AbiValues.string(reason));
  }

  /** Revert data of {@code Panic(code)}. */
  public static byte[] panic(int code) {
    return PANIC.encode(AbiValues.uint256(code));
  }
}
