package io.coterie.node.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.LegacyTx;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * ethereum/tests BasicTests about keys, addresses and transactions: {@code keyaddrtest.json} and
 * {@code txtest.json}, with both secp256k1 implementations. (The other BasicTests files cover
 * ECIES, hex-prefix encoding and genesis hashes, which belong to p2p, trie and genesis.)
 */
class BasicVectorTest {

  private static List<Secp256k1> curves() {
    List<Secp256k1> curves = new ArrayList<>();
    curves.add(Secp256k1.bouncyCastle());
    Secp256k1.nativeLibrary().ifPresent(curves::add);
    return curves;
  }

  @TestFactory
  Stream<DynamicTest> privateKeyDerivesItsAddress() {
    JsonNode cases = Vectors.json(Vectors.ethereumTests("BasicTests/keyaddrtest.json"));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      for (Secp256k1 curve : curves()) {
        tests.add(
            DynamicTest.dynamicTest(
                c.get("seed").asText() + " (" + curve.implementation() + ")",
                () -> {
                  PrivateKey key = PrivateKey.fromHex(c.get("key").asText());
                  Address address = Address.fromPublicKey(curve.publicKey(key).toBytes());
                  assertThat(address).isEqualTo(Address.fromHex(c.get("addr").asText()));
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> legacyTransactionsSignToTheExpectedBytes() {
    JsonNode cases = Vectors.json(Vectors.ethereumTests("BasicTests/txtest.json"));
    List<DynamicTest> tests = new ArrayList<>();
    int index = 0;
    for (JsonNode c : cases) {
      tests.add(
          DynamicTest.dynamicTest(
              "txtest[" + index++ + "]",
              () -> {
                PrivateKey key = PrivateKey.fromHex(c.get("key").asText());
                byte[] signed = Bytes.parseHex(c.get("signed").asText());
                Transaction tx = TransactionCodec.decode(signed);
                Address expectedSender =
                    Address.fromPublicKey(Secp256k1.bouncyCastle().publicKey(key).toBytes());
                assertThat(tx.chainId()).as("these are pre-EIP-155 transactions").isEmpty();
                assertThat(tx.nonce()).isEqualTo(c.get("nonce").asLong());
                assertThat(tx.value()).isEqualTo(c.get("value").bigIntegerValue());
                LegacyTx wire = (LegacyTx) tx;
                Signature wireSig = new Signature(wire.r(), wire.s(), wire.yParity());
                for (Secp256k1 curve : curves()) {
                  assertThat(curve.recoverPublicKey(tx.signingHash().toArray(), wireSig))
                      .map(k -> Address.fromPublicKey(k.toBytes()))
                      .contains(expectedSender);
                }
                if (!wireSig.isLowS()) {
                  // Signed before Homestead: valid ECDSA, but EIP-2 makes such txs invalid now.
                  assertThat(tx.signatureCheck())
                      .isInstanceOf(io.coterie.node.types.SignatureCheck.Invalid.class);
                  return;
                }
                assertThat(tx.sender()).isEqualTo(expectedSender);
                for (Secp256k1 curve : curves()) {
                  Signature sig = curve.sign(tx.signingHash().toArray(), key);
                  LegacyTx legacy = (LegacyTx) tx;
                  LegacyTx resigned =
                      new LegacyTx(
                          legacy.nonce(),
                          legacy.gasPrice(),
                          legacy.gasLimit(),
                          legacy.destination(),
                          legacy.value(),
                          legacy.data(),
                          BigInteger.valueOf(27 + sig.recoveryId()),
                          sig.r(),
                          sig.s());
                  assertThat(Bytes.toHex(TransactionCodec.encode(resigned)))
                      .isEqualTo(Bytes.toHex(signed));
                }
              }));
    }
    return tests.stream();
  }
}
