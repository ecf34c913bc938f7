package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasMeter;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * OZ 5 {@code Votes.delegateBySig} up to the delegation itself: the EIP-712 {@code Delegation}
 * struct, the expiry check, ECDSA recovery and {@code _useCheckedNonce}, with OZ's errors.
 */
public final class DelegationSignatures {
  public static final Word DELEGATION_TYPEHASH =
      Word.keccak("Delegation(address delegatee,uint256 nonce,uint256 expiry)");

  /** OZ Votes: the signature's {@code expiry} (unix seconds) is before the block's time. */
  public static final SolidityError VOTES_EXPIRED_SIGNATURE =
      new SolidityError("VotesExpiredSignature(uint256)");

  /** OZ Nonces: the signed nonce is not the signer's {@code currentNonce}. */
  public static final SolidityError INVALID_ACCOUNT_NONCE =
      new SolidityError("InvalidAccountNonce(address,uint256)");

  /** OZ ECDSA: the signature recovers to no address. */
  public static final SolidityError ECDSA_INVALID_SIGNATURE =
      new SolidityError("ECDSAInvalidSignature()");

  /** OZ ECDSA: {@code s} is in the upper half of the curve order (a malleable signature). */
  public static final SolidityError ECDSA_INVALID_SIGNATURE_S =
      new SolidityError("ECDSAInvalidSignatureS(bytes32)");

  private DelegationSignatures() {}

  /** OZ {@code Nonces._useNonce}: returns the owner's current nonce and increments it. */
  @FunctionalInterface
  public interface Nonces {
    BigInteger use(ChainAddress owner);
  }

  /** A signed {@code delegateBySig} request, as decoded from calldata. */
  public record Request(
      ChainAddress delegatee, BigInteger nonce, BigInteger expiry, int v, Word r, Word s) {
    /**
     * Decodes {@code (address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, s)}.
     */
    public static Request decode(CalldataReader args) {
      return new Request(
          args.address(0),
          args.uint256(1),
          args.uint256(2),
          args.uint8(3),
          args.bytes32(4),
          args.bytes32(5));
    }
  }

  /** The signer, or the revert to return instead. */
  public record Verified(Optional<ChainAddress> signer, Optional<CallResult> refusal) {
    static Verified signer(ChainAddress signer) {
      return new Verified(Optional.of(signer), Optional.empty());
    }

    static Verified refused(CallResult refusal) {
      return new Verified(Optional.empty(), Optional.of(refusal));
    }
  }

  /**
   * Checks {@code request} against the domain {@code domainSeparator} at block time {@code
   * nowSeconds}, charging {@link EcRecover#GAS}, and consumes the signer's nonce.
   */
  public static Verified verify(
      Word domainSeparator, Request request, long nowSeconds, GasMeter gas, Nonces nonces) {
    if (BigInteger.valueOf(nowSeconds).compareTo(request.expiry()) > 0) {
      return Verified.refused(VOTES_EXPIRED_SIGNATURE.revert(AbiValues.uint256(request.expiry())));
    }
    Word structHash =
        Word.keccak(
            AbiValues.encode(
                AbiValues.bytes32(DELEGATION_TYPEHASH),
                AbiValues.address(request.delegatee()),
                AbiValues.uint256(request.nonce()),
                AbiValues.uint256(request.expiry())));
    Word digest = Eip712.typedDataHash(domainSeparator, structHash);
    if (!Eip712.isLowS(request.s().toBigInteger())) {
      return Verified.refused(ECDSA_INVALID_SIGNATURE_S.revert(AbiValues.bytes32(request.s())));
    }
    gas.charge(EcRecover.GAS);
    Optional<ChainAddress> signer =
        EcRecover.recover(
            digest, request.v(), request.r().toBigInteger(), request.s().toBigInteger());
    if (signer.isEmpty()) {
      return Verified.refused(ECDSA_INVALID_SIGNATURE.revert());
    }
    BigInteger current = nonces.use(signer.get());
    if (!current.equals(request.nonce())) {
      return Verified.refused(
          INVALID_ACCOUNT_NONCE.revert(
              AbiValues.address(signer.get()), AbiValues.uint256(current)));
    }
    return Verified.signer(signer.get());
  }
}
