package io.coterie.node.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TransactionCodecTest {
  static final PrivateKey KEY =
      PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  static final TransactionSigner SIGNER = new TransactionSigner(KEY, 1337);
  static final Destination LOYALTY = Destination.call(Address.of(0x1001));
  static final List<AccessListEntry> ACCESS =
      List.of(new AccessListEntry(Address.of(0x1001), List.of(Hash.ZERO, Hash.EMPTY)));

  static Stream<Transaction> signedTransactions() {
    Bytes data = Bytes.fromHex("0xa9059cbb00");
    return Stream.of(
        SIGNER.legacy(0, BigInteger.ONE, 21_000, LOYALTY, BigInteger.TEN, data),
        SIGNER.legacy(7, BigInteger.ZERO, 50_000, Destination.CREATION, BigInteger.ZERO, data),
        SIGNER.accessList(1, BigInteger.TWO, 30_000, LOYALTY, BigInteger.ZERO, data, ACCESS),
        SIGNER.dynamicFee(
            2, BigInteger.ONE, BigInteger.TEN, 40_000, LOYALTY, BigInteger.ONE, data, List.of()),
        SIGNER.dynamicFee(
            3,
            BigInteger.ZERO,
            BigInteger.ZERO,
            40_000,
            LOYALTY,
            BigInteger.ZERO,
            Bytes.EMPTY,
            ACCESS));
  }

  @ParameterizedTest
  @MethodSource("signedTransactions")
  void envelopeRoundTripsAndRecoversTheSigner(Transaction tx) {
    byte[] envelope = TransactionCodec.encode(tx);
    Transaction decoded = TransactionCodec.decode(envelope);
    assertThat(decoded).isEqualTo(tx);
    assertThat(decoded.hash()).isEqualTo(Hash.keccak(envelope));
    assertThat(decoded.sender()).isEqualTo(SIGNER.address());
    assertThat(decoded.chainId()).hasValue(1337);
    assertThat(TransactionCodec.encodeForTrie(tx)).isEqualTo(envelope);
  }

  @ParameterizedTest
  @MethodSource("signedTransactions")
  void aCopyDecodedAgainTakesTheRecoveredSenderOfTheSameTransactionOnly(Transaction tx) {
    byte[] envelope = TransactionCodec.encode(tx);
    Transaction first = TransactionCodec.decode(envelope);
    Transaction again = TransactionCodec.decode(envelope);
    SignatureCheck recovered = first.signatureCheck();

    again.reuseSignatureCheckOf(first);
    assertThat(again.signatureCheck()).isSameAs(recovered);

    Transaction other =
        new TransactionSigner(PrivateKey.fromHex("01".repeat(32)), 1337)
            .legacy(0, BigInteger.ONE, 21_000, LOYALTY, BigInteger.TEN, Bytes.EMPTY);
    Transaction otherDecoded = TransactionCodec.decode(TransactionCodec.encode(other));
    otherDecoded.reuseSignatureCheckOf(first);
    assertThat(otherDecoded.signatureCheck()).isNotSameAs(recovered);
    assertThat(otherDecoded.sender()).isNotEqualTo(SIGNER.address());
  }

  @ParameterizedTest
  @MethodSource("signedTransactions")
  void blockFormWrapsTypedTransactionsInAString(Transaction tx) {
    RlpWriter out = new RlpWriter().startList();
    TransactionCodec.writeForBlock(out, tx);
    RlpReader in = new RlpReader(out.endList().toByteArray()).enterList();
    assertThat(in.nextIsList()).isEqualTo(tx.type() == TxType.LEGACY);
    assertThat(TransactionCodec.readFromBlock(in)).isEqualTo(tx);
  }

  @ParameterizedTest
  @MethodSource("signedTransactions")
  void trailingBytesAreRefused(Transaction tx) {
    byte[] envelope = TransactionCodec.encode(tx);
    byte[] longer = Arrays.copyOf(envelope, envelope.length + 1);
    assertThatThrownBy(() -> TransactionCodec.decode(longer))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void contractCreationIsExplicit() {
    Transaction tx =
        SIGNER.legacy(
            0, BigInteger.ONE, 21_000, Destination.CREATION, BigInteger.ZERO, Bytes.EMPTY);
    Transaction decoded = TransactionCodec.decode(TransactionCodec.encode(tx));
    assertThat(decoded.isContractCreation()).isTrue();
    assertThat(decoded.to()).isEmpty();
  }

  @Test
  void unsupportedTypeIsNamedInTheError() {
    assertThatThrownBy(() -> TransactionCodec.decode(new byte[] {0x03, (byte) 0xc0}))
        .hasMessageContaining("type 0x3 is not supported");
  }

  @Test
  void oversizedEnvelopeIsRefusedBeforeParsing() {
    byte[] huge = new byte[TransactionCodec.MAX_SIZE + 1];
    huge[0] = 0x02;
    assertThatThrownBy(() -> TransactionCodec.decode(huge)).hasMessageContaining("exceeds");
  }

  @Test
  void missingFieldIsNamed() {
    byte[] tooShort = new RlpWriter().startList().writeLong(1).writeLong(2).endList().toByteArray();
    assertThatThrownBy(() -> TransactionCodec.decode(tooShort))
        .hasMessageContaining("too few fields")
        .hasMessageContaining("gasLimit");
  }

  @Test
  void highSIsReportedAsAnInvalidSignature() {
    LegacyTx tx = SIGNER.legacy(0, BigInteger.ONE, 21_000, LOYALTY, BigInteger.ZERO, Bytes.EMPTY);
    LegacyTx highS =
        new LegacyTx(
            tx.nonce(),
            tx.gasPrice(),
            tx.gasLimit(),
            tx.destination(),
            tx.value(),
            tx.data(),
            tx.v().xor(BigInteger.ONE),
            tx.r(),
            io.coterie.node.crypto.Signature.CURVE_ORDER.subtract(tx.s()));
    assertThat(highS.signatureCheck()).isInstanceOf(SignatureCheck.Invalid.class);
    assertThatThrownBy(highS::sender)
        .isInstanceOf(InvalidSignatureException.class)
        .hasMessageContaining("EIP-2");
  }

  @Test
  void effectiveGasPriceIsCappedByMaxFee() {
    DynamicFeeTx tx =
        SIGNER.dynamicFee(
            0,
            BigInteger.TWO,
            BigInteger.TEN,
            21_000,
            LOYALTY,
            BigInteger.ZERO,
            Bytes.EMPTY,
            List.of());
    assertThat(tx.effectiveGasPrice(BigInteger.ONE)).isEqualTo(BigInteger.valueOf(3));
    assertThat(tx.effectiveGasPrice(BigInteger.valueOf(9))).isEqualTo(BigInteger.TEN);
  }

  @Test
  void bouncyCastleSignerMakesTheSameBytesAsTheDefault() {
    TransactionSigner bouncy = new TransactionSigner(KEY, 1337, Secp256k1.bouncyCastle());
    Transaction a =
        SIGNER.dynamicFee(
            5,
            BigInteger.ONE,
            BigInteger.TEN,
            21_000,
            LOYALTY,
            BigInteger.ZERO,
            Bytes.EMPTY,
            ACCESS);
    Transaction b =
        bouncy.dynamicFee(
            5,
            BigInteger.ONE,
            BigInteger.TEN,
            21_000,
            LOYALTY,
            BigInteger.ZERO,
            Bytes.EMPTY,
            ACCESS);
    assertThat(TransactionCodec.encode(a)).isEqualTo(TransactionCodec.encode(b));
  }

  @Test
  void priorityAboveMaxFeeIsAnInvariantViolation() {
    Transaction tx =
        SIGNER.dynamicFee(
            0,
            BigInteger.TEN,
            BigInteger.ONE,
            21_000,
            LOYALTY,
            BigInteger.ZERO,
            Bytes.EMPTY,
            List.of());
    assertThat(TransactionInvariants.firstViolation(tx))
        .hasValueSatisfying(v -> assertThat(v).contains("maxPriorityFeePerGas"));
  }
}
