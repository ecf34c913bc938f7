package io.coterie.node.txpool;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.node.execution.IntrinsicGas;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.state.Account;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.Address;
import io.coterie.node.types.SignatureCheck;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionInvariants;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Decides whether a transaction may enter the pool: first on its own ({@link #checkStateless}),
 * then against the head state ({@link #checkAgainstState}). Pool-level rules (known hashes,
 * replacement, limits) are the pool's. Stateless and thread-safe.
 */
public final class TransactionValidator {
  // Envelope bytes besides data and access list: type, list headers, 9-12 fields of <= 33 bytes.
  private static final int FIXED_FIELDS_BOUND = 512;
  private static final int ACCESS_ENTRY_BOUND = 32;
  private static final int STORAGE_KEY_BOUND = 33;

  private final long chainId;
  private final LongSupplier blockGasLimit;
  private final BigInteger minGasPrice;
  private final boolean accountPermissioning;
  private final RolesReader roles;

  public TransactionValidator(
      long chainId,
      LongSupplier blockGasLimit,
      BigInteger minGasPrice,
      boolean accountPermissioning,
      RolesReader roles) {
    this.chainId = chainId;
    this.blockGasLimit = Objects.requireNonNull(blockGasLimit, "blockGasLimit");
    this.minGasPrice = Objects.requireNonNull(minGasPrice, "minGasPrice");
    this.accountPermissioning = accountPermissioning;
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  /** Both checks, in order. */
  public Verdict validate(Transaction tx, WorldStateReader head) {
    Verdict verdict = checkStateless(tx);
    return verdict instanceof Verdict.Accepted accepted
        ? checkAgainstState(tx, accepted.sender(), head)
        : verdict;
  }

  /**
   * Rules that hold whatever the state: size, chain id and replay protection, signature, no
   * contract creation, fee sanity and minimum, gas limit between intrinsic gas and the block gas
   * limit. Recovers the sender (cached on the transaction).
   */
  public Verdict checkStateless(Transaction tx) {
    OptionalInt oversize = oversizedLength(tx);
    if (oversize.isPresent()) {
      return Verdict.Rejected.of(
          TxRejection.OVERSIZED, oversize.getAsInt(), TransactionCodec.MAX_SIZE);
    }
    OptionalLong txChainId = tx.chainId();
    if (txChainId.isEmpty()) {
      return Verdict.Rejected.of(TxRejection.UNPROTECTED, chainId);
    }
    if (txChainId.getAsLong() != chainId) {
      return Verdict.Rejected.of(TxRejection.WRONG_CHAIN_ID, txChainId.getAsLong(), chainId);
    }
    SignatureCheck signature = tx.signatureCheck();
    if (signature instanceof SignatureCheck.Invalid invalid) {
      return Verdict.Rejected.of(TxRejection.INVALID_SIGNATURE, invalid.reason());
    }
    if (tx.isContractCreation()) {
      return Verdict.Rejected.of(TxRejection.CONTRACT_CREATION);
    }
    Optional<String> feeProblem = TransactionInvariants.firstViolation(tx);
    if (feeProblem.isPresent()) {
      return Verdict.Rejected.of(TxRejection.INVALID_FEES, feeProblem.get());
    }
    if (tx.maxFeePerGas().compareTo(minGasPrice) < 0) {
      return Verdict.Rejected.of(TxRejection.FEE_TOO_LOW, tx.maxFeePerGas(), minGasPrice);
    }
    long gasCeiling = blockGasLimit.getAsLong();
    if (tx.gasLimit() > gasCeiling) {
      return Verdict.Rejected.of(TxRejection.GAS_LIMIT_EXCEEDED, tx.gasLimit(), gasCeiling);
    }
    long intrinsic = IntrinsicGas.of(tx);
    if (tx.gasLimit() < intrinsic) {
      return Verdict.Rejected.of(TxRejection.INTRINSIC_GAS_TOO_LOW, tx.gasLimit(), intrinsic);
    }
    return new Verdict.Accepted(((SignatureCheck.Valid) signature).sender());
  }

  /**
   * Rules against {@code head}: the sender does not hold the read-only AUDITOR_ROLE, holds a role
   * (when permissioning is on), the nonce is not used yet, and the balance covers {@code gasLimit *
   * maxFeePerGas + value}.
   */
  public Verdict checkAgainstState(Transaction tx, Address sender, WorldStateReader head) {
    if (isReadOnly(sender, head)) {
      return Verdict.Rejected.of(TxRejection.READ_ONLY_ROLE, sender);
    }
    if (!holdsSendingRole(sender, head)) {
      return Verdict.Rejected.of(TxRejection.NOT_PERMITTED, sender);
    }
    return checkNonceAndBalance(tx, sender, head);
  }

  /**
   * The rules of {@link #checkAgainstState} but the role checks, for a sender already found {@link
   * #isPermitted} at this {@code head}.
   */
  public Verdict checkNonceAndBalance(Transaction tx, Address sender, WorldStateReader head) {
    Account account = head.account(sender).orElse(Account.EMPTY);
    if (tx.nonce() < account.nonce()) {
      return Verdict.Rejected.of(TxRejection.NONCE_TOO_LOW, tx.nonce(), sender, account.nonce());
    }
    BigInteger cost = TransactionInvariants.maxCost(tx);
    if (account.balance().compareTo(cost) < 0) {
      return Verdict.Rejected.of(TxRejection.INSUFFICIENT_FUNDS, sender, account.balance(), cost);
    }
    return new Verdict.Accepted(sender);
  }

  /**
   * Whether {@code sender} may send transactions at {@code head}: it holds a role (when account
   * permissioning is on) and not the read-only AUDITOR_ROLE (always). Two Roles storage reads.
   */
  public boolean isPermitted(Address sender, WorldStateReader head) {
    return holdsSendingRole(sender, head) && !isReadOnly(sender, head);
  }

  private boolean holdsSendingRole(Address sender, WorldStateReader head) {
    return !accountPermissioning
        || roles.holdsAnyRole(new ReadOnlyWorldStorage(head), ChainAddress.wrap(sender.toArray()));
  }

  /** Auditors are read-only by a chain rule (execution refuses their transactions in blocks). */
  private boolean isReadOnly(Address sender, WorldStateReader head) {
    return roles.hasRole(
        new ReadOnlyWorldStorage(head),
        StandardRoles.AUDITOR_ROLE,
        ChainAddress.wrap(sender.toArray()));
  }

  public long chainId() {
    return chainId;
  }

  /**
   * The envelope's length when it is over the limit. Encodes only when a cheap upper bound exceeds
   * the limit: nearly every transaction is far below it, and encoding each one would cost as much
   * as hashing it again.
   */
  private static OptionalInt oversizedLength(Transaction tx) {
    long bound = FIXED_FIELDS_BOUND + (long) tx.data().size();
    for (AccessListEntry entry : tx.accessList()) {
      bound += ACCESS_ENTRY_BOUND + (long) STORAGE_KEY_BOUND * entry.storageKeys().size();
    }
    if (bound <= TransactionCodec.MAX_SIZE) {
      return OptionalInt.empty();
    }
    int length = TransactionCodec.encode(tx).length;
    return length > TransactionCodec.MAX_SIZE ? OptionalInt.of(length) : OptionalInt.empty();
  }
}
