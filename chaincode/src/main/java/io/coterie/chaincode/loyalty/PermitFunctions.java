package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.EcRecover;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes1;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * ERC-2612 {@code permit} and ERC-5267 {@code eip712Domain}, exactly as OpenZeppelin's {@code
 * ERC20Permit}: domain {name: program name, version "1", chainId, verifyingContract: the token}.
 */
final class PermitFunctions {
  static final Word DOMAIN_TYPEHASH =
      Word.keccak(
          "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
  static final Word PERMIT_TYPEHASH =
      Word.keccak(
          "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
  static final String VERSION = "1";

  private static final BigInteger HALF_N = EcRecover.CURVE_N.shiftRight(1);

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
    BigInteger nonce = call.slots.load(TokenLayout.nonce(owner)).toBigInteger();
    call.slots.store(TokenLayout.nonce(owner), Word.of(nonce.add(BigInteger.ONE)));
    Word structHash =
        Word.keccak(
            encode(
                bytes32(PERMIT_TYPEHASH),
                address(owner),
                address(spender),
                uint256(value),
                uint256(nonce),
                uint256(deadline)));
    Word digest = typedDataHash(domainSeparator(call), structHash);
    if (s.toBigInteger().compareTo(HALF_N) > 0) {
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
        encode(uint256(call.slots.load(TokenLayout.nonce(args.address(0))).toBigInteger())));
  }

  static CallResult domainSeparator(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(bytes32(domainSeparator(call))));
  }

  static CallResult eip712Domain(TokenCall call, CalldataReader args) {
    return CallResult.success(
        encode(
            new Bytes1(new byte[] {0x0f}),
            string(call.programs.name(call.id)),
            string(VERSION),
            uint256(call.ctx.block().chainId()),
            address(call.token),
            bytes32(Word.ZERO),
            new DynamicArray<>(Uint256.class, List.of())));
  }

  static Word domainSeparator(TokenCall call) {
    return domainSeparator(call.programs.name(call.id), call.ctx.block().chainId(), call.token);
  }

  /** OZ {@code EIP712._buildDomainSeparator()}. */
  static Word domainSeparator(String name, long chainId, ChainAddress token) {
    return Word.keccak(
        encode(
            bytes32(DOMAIN_TYPEHASH),
            bytes32(Word.keccak(name)),
            bytes32(Word.keccak(VERSION)),
            uint256(chainId),
            address(token)));
  }

  /** {@code keccak256("\x19\x01" . domainSeparator . structHash)}. */
  static Word typedDataHash(Word domainSeparator, Word structHash) {
    byte[] buf = new byte[2 + 2 * Word.SIZE];
    buf[0] = 0x19;
    buf[1] = 0x01;
    System.arraycopy(domainSeparator.bytes(), 0, buf, 2, Word.SIZE);
    System.arraycopy(structHash.bytes(), 0, buf, 2 + Word.SIZE, Word.SIZE);
    return Word.keccak(buf);
  }
}
