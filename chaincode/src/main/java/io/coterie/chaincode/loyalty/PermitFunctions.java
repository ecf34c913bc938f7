package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.abi.Eip712;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.abi.Nonces;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * ERC-2612 {@code permit} and ERC-5267 {@code eip712Domain}, exactly as OpenZeppelin's {@code
 * ERC20Permit}: domain {name: program name, version "1", chainId, verifyingContract: the token}.
 */
final class PermitFunctions {
  static final Word PERMIT_TYPEHASH =
      Word.keccak(
          "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
  static final String VERSION = "1";

  private PermitFunctions() {}

  static CallResult permit(TokenCall call, CalldataReader args) {
    ChainAddress owner = args.address(0);
    ChainAddress spender = args.address(1);
    BigInteger value = args.uint256(2);
    BigInteger deadline = args.uint256(3);
    long v = args.uint64(4);
    if (v > 0xff) {
      throw new MalformedCalldataException("argument 4 is not a uint8: " + v);
    }
    Word r = args.bytes32(5);
    Word s = args.bytes32(6);
    if (BigInteger.valueOf(call.now()).compareTo(deadline) > 0) {
      return LoyaltyErrors.ERC2612_EXPIRED_SIGNATURE.revert(uint256(deadline));
    }
    BigInteger nonce = new Nonces(call.slots, TokenLayout.NONCES).use(owner);
    Word structHash =
        Word.keccak(
            encode(
                bytes32(PERMIT_TYPEHASH),
                address(owner),
                address(spender),
                uint256(value),
                uint256(nonce),
                uint256(deadline)));
    Word digest = Eip712.typedDataHash(domainSeparator(call), structHash);
    if (!Eip712.isLowS(s.toBigInteger())) {
      return LoyaltyErrors.ECDSA_INVALID_SIGNATURE_S.revert(bytes32(s));
    }
    call.ctx.gas().charge(EcRecover.GAS);
    Optional<ChainAddress> signer =
        EcRecover.recover(digest, (int) v, r.toBigInteger(), s.toBigInteger());
    if (signer.isEmpty()) {
      return LoyaltyErrors.ECDSA_INVALID_SIGNATURE.revert();
    }
    if (!signer.get().equals(owner)) {
      return LoyaltyErrors.ERC2612_INVALID_SIGNER.revert(address(signer.get()), address(owner));
    }
    return Erc20Functions.approve(call, owner, spender, value).orElseGet(CallResult::success);
  }

  static CallResult nonces(TokenCall call, CalldataReader args) {
    return CallResult.success(
        encode(uint256(new Nonces(call.slots, TokenLayout.NONCES).current(args.address(0)))));
  }

  static CallResult domainSeparator(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(bytes32(domainSeparator(call))));
  }

  static CallResult eip712Domain(TokenCall call, CalldataReader args) {
    return CallResult.success(
        Eip712.erc5267Domain(
            call.programs.name(call.id), VERSION, call.ctx.block().chainId(), call.token));
  }

  static Word domainSeparator(TokenCall call) {
    return Eip712.domainSeparator(
        call.programs.name(call.id), VERSION, call.ctx.block().chainId(), call.token);
  }
}
