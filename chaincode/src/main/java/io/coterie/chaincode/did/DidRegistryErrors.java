package io.coterie.chaincode.did;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.CallResult;

/**
 * How the identity registry refuses a change. It keeps the reference contract's {@code require}
 * reasons word for word, as {@code Error(string)}, because did:ethr clients and their tests match
 * on them; the Solidity interface says what each asks the caller to do.
 */
public final class DidRegistryErrors {
  private DidRegistryErrors() {}

  /**
   * {@code Error("bad_actor")}: the sender of a direct change is not {@code
   * identityOwner(identity)}. Send it from the owner's account, or let the owner sign the {@code
   * …Signed} variant.
   */
  public static final String BAD_ACTOR = "bad_actor";

  /**
   * {@code Error("bad_signature")}: the signature of a {@code …Signed} change does not recover to
   * {@code identityOwner(identity)}. Sign the hash with the owner's key over the owner's current
   * {@code nonce}.
   */
  public static final String BAD_SIGNATURE = "bad_signature";

  /** Solidity 0.8's code for an arithmetic overflow. */
  public static final int PANIC_OVERFLOW = 0x11;

  static CallResult badActor() {
    return CallResult.revert(SolidityError.reason(BAD_ACTOR));
  }

  static CallResult badSignature() {
    return CallResult.revert(SolidityError.reason(BAD_SIGNATURE));
  }

  /** {@code block.timestamp + validity} does not fit in a uint256: pass a smaller validity. */
  static CallResult overflow() {
    return CallResult.revert(SolidityError.panic(PANIC_OVERFLOW));
  }
}
