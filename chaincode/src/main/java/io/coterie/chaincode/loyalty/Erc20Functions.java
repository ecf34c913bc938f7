package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint8;

/** The ERC-20 functions of a program token, with OpenZeppelin v5's checks, order and errors. */
final class Erc20Functions {
  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private Erc20Functions() {}

  static CallResult name(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(string(call.programs.name(call.id))));
  }

  static CallResult symbol(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(string(call.programs.symbol(call.id))));
  }

  static CallResult decimals(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(new Uint8(call.programs.decimals(call.id))));
  }

  static CallResult totalSupply(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.ledger.totalSupply())));
  }

  static CallResult balanceOf(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.ledger.balanceOf(args.address(0)))));
  }

  static CallResult allowance(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(allowance(call, args.address(0), args.address(1)))));
  }

  static CallResult transfer(TokenCall call, CalldataReader args) {
    ChainAddress to = args.address(0);
    BigInteger value = args.uint256(1);
    if (!call.programs.transferable(call.id)) {
      return LoyaltyErrors.TRANSFERS_DISABLED.revert(uint256(call.id));
    }
    return move(call, call.sender(), to, value)
        .orElseGet(() -> CallResult.success(encode(bool(true))));
  }

  static CallResult transferFrom(TokenCall call, CalldataReader args) {
    ChainAddress from = args.address(0);
    ChainAddress to = args.address(1);
    BigInteger value = args.uint256(2);
    if (!call.programs.transferable(call.id)) {
      return LoyaltyErrors.TRANSFERS_DISABLED.revert(uint256(call.id));
    }
    ChainAddress spender = call.sender();
    BigInteger allowed = allowance(call, from, spender);
    if (!allowed.equals(MAX_UINT256)) {
      if (allowed.compareTo(value) < 0) {
        return LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.revert(
            address(spender), uint256(allowed), uint256(value));
      }
      call.slots.store(TokenLayout.allowance(from, spender), Word.of(allowed.subtract(value)));
    }
    return move(call, from, to, value).orElseGet(() -> CallResult.success(encode(bool(true))));
  }

  static CallResult approve(TokenCall call, CalldataReader args) {
    ChainAddress spender = args.address(0);
    BigInteger value = args.uint256(1);
    return approve(call, call.sender(), spender, value)
        .orElseGet(() -> CallResult.success(encode(bool(true))));
  }

  /** OZ {@code _approve(owner, spender, value, true)}: sets the allowance and emits Approval. */
  static Optional<CallResult> approve(
      TokenCall call, ChainAddress owner, ChainAddress spender, BigInteger value) {
    if (owner.equals(ChainAddress.ZERO)) {
      return Optional.of(LoyaltyErrors.ERC20_INVALID_APPROVER.revert(address(owner)));
    }
    if (spender.equals(ChainAddress.ZERO)) {
      return Optional.of(LoyaltyErrors.ERC20_INVALID_SPENDER.revert(address(spender)));
    }
    call.slots.store(TokenLayout.allowance(owner, spender), Word.of(value));
    call.emit(
        LoyaltyEvents.APPROVAL.topics(Word.of(owner), Word.of(spender)), encode(uint256(value)));
    return Optional.empty();
  }

  private static BigInteger allowance(TokenCall call, ChainAddress owner, ChainAddress spender) {
    return call.slots.load(TokenLayout.allowance(owner, spender)).toBigInteger();
  }

  /** OZ {@code _transfer}: moves the sender's oldest points, lots and expiry included. */
  private static Optional<CallResult> move(
      TokenCall call, ChainAddress from, ChainAddress to, BigInteger value) {
    if (from.equals(ChainAddress.ZERO)) {
      return Optional.of(LoyaltyErrors.ERC20_INVALID_SENDER.revert(address(from)));
    }
    if (to.equals(ChainAddress.ZERO)) {
      return Optional.of(LoyaltyErrors.ERC20_INVALID_RECEIVER.revert(address(to)));
    }
    if (from.equals(to)) {
      call.prepare(from);
    } else {
      call.prepare(from, to);
    }
    Optional<CallResult> problem = call.checkBalance(from, value);
    if (problem.isEmpty() && !from.equals(to)) {
      problem = call.checkMaxBalance(to, value);
    }
    if (problem.isPresent()) {
      return problem;
    }
    call.move(from, to, value);
    call.emit(LoyaltyEvents.TRANSFER.topics(Word.of(from), Word.of(to)), encode(uint256(value)));
    return Optional.empty();
  }
}
