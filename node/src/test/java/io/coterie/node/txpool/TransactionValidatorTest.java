package io.coterie.node.txpool;

import static io.coterie.node.txpool.TestChainState.CHAIN_ID;
import static io.coterie.node.txpool.TestChainState.SINK;
import static io.coterie.node.txpool.TestChainState.ether;
import static io.coterie.node.txpool.TestChainState.signer;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import io.coterie.node.execution.IntrinsicGas;
import io.coterie.node.types.AccessListEntry;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Hash;
import io.coterie.node.types.LegacyTx;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionValidatorTest {
  private static final long BLOCK_GAS_LIMIT = 30_000_000;
  private final TransactionSigner alice = signer(1);
  private final TransactionSigner stranger = signer(2);
  private final TestChainState chain =
      new TestChainState()
          .account(alice.address(), ether(1), 0)
          .grant(StandardRoles.MEMBER_ROLE, alice.address());

  private static TransactionValidator validator(boolean permissioning, BigInteger minGasPrice) {
    return new TransactionValidator(
        CHAIN_ID, () -> BLOCK_GAS_LIMIT, minGasPrice, permissioning, new RolesReader());
  }

  private final TransactionValidator validator = validator(true, BigInteger.ZERO);

  private Verdict validate(Transaction tx) {
    return validator.validate(tx, chain.head());
  }

  private static Verdict rejected(TxRejection reason, String message) {
    return new Verdict.Rejected(reason, message);
  }

  @Test
  void aSignedTransferFromAMemberIsAccepted() {
    assertThat(validate(TestChainState.transfer(alice, 0)))
        .isEqualTo(new Verdict.Accepted(alice.address()));
  }

  @Test
  void aTransactionSignedForAnotherChainIsRefused() {
    Transaction tx = TestChainState.transfer(new TransactionSigner(key(1), 1), 0);
    assertThat(validate(tx))
        .isEqualTo(
            rejected(
                TxRejection.WRONG_CHAIN_ID,
                "invalid chain id: signed for chain 1 but this chain is 1337; sign with chainId 1337"));
  }

  @Test
  void anUnprotectedLegacyTransactionIsRefused() {
    LegacyTx unsigned =
        new LegacyTx(
            0,
            BigInteger.ZERO,
            21_000,
            Destination.call(SINK),
            BigInteger.ONE,
            Bytes.EMPTY,
            BigInteger.valueOf(27),
            BigInteger.ZERO,
            BigInteger.ZERO);
    Signature sig = Secp256k1.get().sign(unsigned.signingHash().toArray(), key(1));
    LegacyTx tx =
        new LegacyTx(
            0,
            BigInteger.ZERO,
            21_000,
            Destination.call(SINK),
            BigInteger.ONE,
            Bytes.EMPTY,
            BigInteger.valueOf(27 + sig.recoveryId()),
            sig.r(),
            sig.s());
    assertThat(tx.sender()).isEqualTo(alice.address());
    assertThat(validate(tx))
        .isEqualTo(
            rejected(
                TxRejection.UNPROTECTED,
                "only replay-protected (EIP-155) transactions allowed over RPC: sign with chainId"
                    + " 1337"));
  }

  @Test
  void aHighSSignatureIsRefusedAsInvalidSender() {
    LegacyTx good = (LegacyTx) TestChainState.transfer(alice, 0);
    LegacyTx highS =
        new LegacyTx(
            good.nonce(),
            good.gasPrice(),
            good.gasLimit(),
            good.destination(),
            good.value(),
            good.data(),
            good.v().add(BigInteger.valueOf(good.yParity() == 0 ? 1 : -1)),
            good.r(),
            Signature.CURVE_ORDER.subtract(good.s()));
    Verdict verdict = validate(highS);
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    Verdict.Rejected rejected = (Verdict.Rejected) verdict;
    assertThat(rejected.reason()).isEqualTo(TxRejection.INVALID_SIGNATURE);
    assertThat(rejected.message()).startsWith("invalid sender: signature s is above n/2");
  }

  @Test
  void contractCreationIsRefused() {
    Transaction tx =
        alice.legacy(
            0, BigInteger.ZERO, 100_000, Destination.CREATION, BigInteger.ZERO, Bytes.EMPTY);
    Verdict verdict = validate(tx);
    assertThat(((Verdict.Rejected) verdict).reason()).isEqualTo(TxRejection.CONTRACT_CREATION);
    assertThat(((Verdict.Rejected) verdict).message())
        .startsWith("contract creation is not supported: this chain has no EVM");
  }

  @Test
  void aTipAboveTheFeeCapIsRefused() {
    Transaction tx =
        alice.dynamicFee(
            0,
            BigInteger.TEN,
            BigInteger.ONE,
            21_000,
            Destination.call(SINK),
            BigInteger.ZERO,
            Bytes.EMPTY,
            List.of());
    assertThat(validate(tx))
        .isEqualTo(
            rejected(
                TxRejection.INVALID_FEES,
                "invalid fees: maxPriorityFeePerGas 10 exceeds maxFeePerGas 1; set"
                    + " maxPriorityFeePerGas <= maxFeePerGas"));
  }

  @Test
  void aFeeCapBelowTheMinimumGasPriceIsUnderpriced() {
    TransactionValidator strict = validator(true, BigInteger.valueOf(1_000));
    assertThat(
            strict.validate(
                TestChainState.transfer(alice, 0, BigInteger.valueOf(999)), chain.head()))
        .isEqualTo(
            rejected(
                TxRejection.FEE_TOO_LOW,
                "transaction underpriced: fee cap 999 wei is below the minimum gas price 1000"
                    + " wei"));
    assertThat(
            strict.validate(
                TestChainState.transfer(alice, 0, BigInteger.valueOf(1_000)), chain.head()))
        .isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void aGasLimitAboveTheBlockGasLimitIsRefused() {
    Transaction tx =
        alice.legacy(
            0,
            BigInteger.ZERO,
            BLOCK_GAS_LIMIT + 1,
            Destination.call(SINK),
            BigInteger.ZERO,
            Bytes.EMPTY);
    assertThat(validate(tx))
        .isEqualTo(
            rejected(
                TxRejection.GAS_LIMIT_EXCEEDED,
                "exceeds block gas limit: gas limit 30000001 is above the block gas limit"
                    + " 30000000"));
  }

  @Test
  void intrinsicGasCountsDataBytesAndAccessList() {
    List<AccessListEntry> accessList =
        List.of(new AccessListEntry(SINK, List.of(Hash.ZERO, Hash.EMPTY)));
    Bytes data = Bytes.of(new byte[] {0, 1, 2});
    long needed = 21_000 + 4 + 16 + 16 + 2_400 + 2 * 1_900;
    Transaction short1 =
        alice.accessList(
            0,
            BigInteger.ZERO,
            needed - 1,
            Destination.call(SINK),
            BigInteger.ZERO,
            data,
            accessList);
    Transaction exact =
        alice.accessList(
            0, BigInteger.ZERO, needed, Destination.call(SINK), BigInteger.ZERO, data, accessList);

    assertThat(IntrinsicGas.of(exact)).isEqualTo(27_236);
    assertThat(validate(short1))
        .isEqualTo(
            rejected(
                TxRejection.INTRINSIC_GAS_TOO_LOW,
                "intrinsic gas too low: gas limit 27235 is below the 27236 this transaction"
                    + " needs"));
    assertThat(validate(exact)).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void anOversizedTransactionIsRefused() {
    Transaction tx =
        alice.legacy(
            0,
            BigInteger.ZERO,
            BLOCK_GAS_LIMIT,
            Destination.call(SINK),
            BigInteger.ZERO,
            Bytes.of(new byte[131_000]));
    Verdict.Rejected rejected = (Verdict.Rejected) validate(tx);
    assertThat(rejected.reason()).isEqualTo(TxRejection.OVERSIZED);
    assertThat(rejected.message())
        .isEqualTo(
            "oversized data: transaction of "
                + TransactionCodec.encode(tx).length
                + " bytes exceeds the 131072-byte limit");
  }

  @Test
  void anAccountWithoutARoleMayNotSendWhenPermissioningIsOn() {
    chain.account(stranger.address(), ether(1), 0);
    Transaction tx = TestChainState.transfer(stranger, 0);
    assertThat(validate(tx))
        .isEqualTo(
            rejected(
                TxRejection.NOT_PERMITTED,
                "account "
                    + stranger.address()
                    + " holds no role and may not send transactions on this chain; ask an admin"
                    + " to grant it a role (for example MEMBER_ROLE) on the Roles precompile"
                    + " 0x0000000000000000000000000000000000001000"));
    assertThat(validator(false, BigInteger.ZERO).validate(tx, chain.head()))
        .isEqualTo(new Verdict.Accepted(stranger.address()));
  }

  @Test
  void anAuditorMayNotSendEvenWithAnotherRoleAndWithoutPermissioning() {
    TransactionSigner auditor = signer(3);
    chain
        .account(auditor.address(), ether(1), 0)
        .grant(StandardRoles.AUDITOR_ROLE, auditor.address())
        .grant(StandardRoles.MEMBER_ROLE, auditor.address());
    Transaction tx = TestChainState.transfer(auditor, 0);
    Verdict.Rejected expected =
        new Verdict.Rejected(
            TxRejection.READ_ONLY_ROLE,
            "account "
                + auditor.address()
                + " holds AUDITOR_ROLE, which is read-only: auditors may not send transactions on"
                + " this chain; send from another account (an auditor's key is for reading and"
                + " logging in)");
    assertThat(validate(tx)).isEqualTo(expected);
    assertThat(validator(false, BigInteger.ZERO).validate(tx, chain.head())).isEqualTo(expected);
    assertThat(validator.isPermitted(auditor.address(), chain.head())).isFalse();
  }

  @Test
  void aNonceBelowTheStateNonceIsTooLow() {
    chain.account(alice.address(), ether(1), 5);
    assertThat(validate(TestChainState.transfer(alice, 4)))
        .isEqualTo(
            rejected(
                TxRejection.NONCE_TOO_LOW,
                "nonce too low: nonce 4 is already used by "
                    + alice.address()
                    + "; the next nonce is 5"));
    assertThat(validate(TestChainState.transfer(alice, 5))).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void theBalanceMustCoverGasTimesPricePlusValue() {
    chain.account(alice.address(), BigInteger.valueOf(21_000), 0);
    assertThat(validate(TestChainState.transfer(alice, 0, BigInteger.ONE)))
        .isEqualTo(
            rejected(
                TxRejection.INSUFFICIENT_FUNDS,
                "insufficient funds for gas * price + value: "
                    + alice.address()
                    + " has 21000 wei but the transaction may cost 21001 wei"));
  }

  private static PrivateKey key(int index) {
    return PrivateKey.fromBigInteger(BigInteger.valueOf(1_000 + index));
  }
}
