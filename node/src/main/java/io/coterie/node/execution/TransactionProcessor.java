package io.coterie.node.execution;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.BlockContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateOverlay;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Applies one transaction to a block's overlay: checks it may run, charges gas up front, runs the
 * chaincode call or the native transfer in its own layer, refunds unused gas and pays the proposer
 * the tip. A reverted or failed call still consumes gas and bumps the nonce, as on Ethereum.
 */
public final class TransactionProcessor {
  private final PrecompileHost host;
  private final ExecutionRules rules;
  private final RolesReader roles = new RolesReader();

  public TransactionProcessor(PrecompileHost host, ExecutionRules rules) {
    this.host = host;
    this.rules = rules;
  }

  public ExecutionRules rules() {
    return rules;
  }

  public PrecompileHost host() {
    return host;
  }

  /**
   * Why the transaction cannot be included on top of {@code state}, or empty when it can. A block
   * that contains such a transaction is invalid.
   */
  public Optional<String> whyNotExecutable(
      WorldStateReader state,
      Transaction tx,
      Address sender,
      BigInteger baseFee,
      long gasLeftInBlock) {
    if (tx.chainId().isEmpty() || tx.chainId().getAsLong() != rules.chainId()) {
      return Optional.of("transaction is not signed for chain " + rules.chainId());
    }
    if (tx.isContractCreation()) {
      return Optional.of("contract creation is not supported: this chain has no EVM");
    }
    if (tx.gasLimit() > gasLeftInBlock) {
      return Optional.of(
          "gas limit " + tx.gasLimit() + " exceeds the " + gasLeftInBlock + " left in the block");
    }
    long intrinsic = IntrinsicGas.of(tx);
    if (tx.gasLimit() < intrinsic) {
      return Optional.of("intrinsic gas too low: " + tx.gasLimit() + " < " + intrinsic);
    }
    if (tx.maxFeePerGas().compareTo(baseFee) < 0) {
      return Optional.of("fee cap " + tx.maxFeePerGas() + " is below the base fee " + baseFee);
    }
    Account account = state.account(sender).orElse(Account.EMPTY);
    if (tx.nonce() != account.nonce()) {
      return Optional.of("nonce " + tx.nonce() + " but the account's nonce is " + account.nonce());
    }
    BigInteger maxCost =
        tx.maxFeePerGas().multiply(BigInteger.valueOf(tx.gasLimit())).add(tx.value());
    if (account.balance().compareTo(maxCost) < 0) {
      return Optional.of("insufficient funds for gas * price + value: " + sender);
    }
    ReadOnlyWorldStorage storage = new ReadOnlyWorldStorage(state);
    if (rules.accountPermissioning()
        && !roles.holdsAnyRole(storage, ChaincodeValues.toChain(sender))) {
      return Optional.of("account " + sender + " holds no role and may not send transactions");
    }
    // A chain rule, whatever account permissioning says: auditors are read-only, so a proposer
    // that includes an auditor's transaction makes its block invalid for every other validator.
    if (roles.hasRole(storage, StandardRoles.AUDITOR_ROLE, ChaincodeValues.toChain(sender))) {
      return Optional.of(
          "account " + sender + " holds AUDITOR_ROLE, which is read-only: it may not transact");
    }
    return Optional.empty();
  }

  /** Runs a transaction already checked by {@link #whyNotExecutable}. */
  public TxResult execute(
      WorldStateOverlay overlay,
      Transaction tx,
      Address sender,
      BlockContext block,
      BigInteger baseFee) {
    BigInteger price = tx.effectiveGasPrice(baseFee);
    Account account = overlay.account(sender).orElse(Account.EMPTY);
    BigInteger upfront = price.multiply(BigInteger.valueOf(tx.gasLimit()));
    overlay.putAccount(
        sender,
        account.withNonce(account.nonce() + 1).withBalance(account.balance().subtract(upfront)));

    Address to = tx.to().orElseThrow();
    TxResult result =
        run(
            overlay,
            block,
            sender,
            to,
            tx.value(),
            tx.data(),
            tx.gasLimit() - IntrinsicGas.of(tx),
            false);
    long gasUsed = IntrinsicGas.of(tx) + result.gasUsed();

    Account after = overlay.account(sender).orElse(Account.EMPTY);
    BigInteger refund = price.multiply(BigInteger.valueOf(tx.gasLimit() - gasUsed));
    overlay.putAccount(sender, after.withBalance(after.balance().add(refund)));
    BigInteger tip = price.subtract(baseFee).multiply(BigInteger.valueOf(gasUsed));
    if (tip.signum() > 0) {
      Address proposer = ChaincodeValues.toNode(block.proposer());
      Account coinbase = overlay.account(proposer).orElse(Account.EMPTY);
      overlay.putAccount(proposer, coinbase.withBalance(coinbase.balance().add(tip)));
    }
    return new TxResult(
        result.success(), gasUsed, result.logs(), result.output(), result.outOfGas());
  }

  /**
   * Moves {@code value} and runs the chaincode call (or the plain transfer) with {@code gas}
   * available, in its own layer. The returned gas is what the call used, without intrinsic gas.
   */
  public TxResult run(
      WorldStateOverlay overlay,
      BlockContext block,
      Address sender,
      Address to,
      BigInteger value,
      Bytes data,
      long gas,
      boolean isStatic) {
    overlay.newLayer();
    if (value.signum() > 0 && !transfer(overlay, sender, to, value)) {
      overlay.revertLayer();
      return failure("insufficient funds to transfer " + value + " wei from " + sender, 0);
    }
    if (!host.isChaincode(to, block.number())) {
      if (!rules.nativeTransfers()) {
        overlay.revertLayer();
        return failure(
            "native transfers are disabled on this chain; call a chaincode precompile", 0);
      }
      overlay.commitLayer();
      return new TxResult(true, 0, List.of(), Bytes.EMPTY, false);
    }
    TransactionGasMeter meter = new TransactionGasMeter(gas);
    PrecompileHost.Outcome outcome;
    try {
      outcome = host.call(overlay, block, sender, to, value, data, meter, isStatic);
    } catch (RuntimeException bug) {
      overlay.revertLayer();
      return failure("chaincode failed: " + bug, gas);
    }
    long used = gas - meter.remaining();
    if (outcome.outOfGas()) {
      overlay.revertLayer();
      return new TxResult(false, gas, List.of(), Bytes.EMPTY, true);
    }
    CallResult result = outcome.result();
    if (result.isSuccess()) {
      overlay.commitLayer();
    } else {
      overlay.revertLayer();
    }
    return new TxResult(result.isSuccess(), used, outcome.logs(), Bytes.of(result.data()), false);
  }

  private static boolean transfer(
      WorldStateOverlay overlay, Address from, Address to, BigInteger value) {
    Account payer = overlay.account(from).orElse(Account.EMPTY);
    if (payer.balance().compareTo(value) < 0) {
      return false;
    }
    overlay.putAccount(from, payer.withBalance(payer.balance().subtract(value)));
    Account payee = overlay.account(to).orElse(Account.EMPTY);
    overlay.putAccount(to, payee.withBalance(payee.balance().add(value)));
    return true;
  }

  private static TxResult failure(String reason, long gasUsed) {
    return new TxResult(false, gasUsed, List.of(), Bytes.of(SolidityError.reason(reason)), false);
  }
}
