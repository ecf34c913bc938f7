package io.coterie.node.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.LegacyTx;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The worked example of EIP-155, with the values read from the EIP text itself. */
class Eip155ExampleTest {
  private static final Pattern HEX_BLOCK = Pattern.compile("```\\s*\\n(0x[0-9a-f]+)\\s*\\n```");

  @TestFactory
  Stream<DynamicTest> exampleSignsToTheBytesInTheEip() throws IOException {
    Path eip = Vectors.root().resolve("eips/EIPS/eip-155.md");
    String text = Files.readString(eip);
    Matcher m = HEX_BLOCK.matcher(text);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("signing data, signing hash, signed tx in %s", eip).hasSize(3);
    PrivateKey key =
        PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
    List<DynamicTest> tests = new ArrayList<>();
    List<Secp256k1> curves = new ArrayList<>(List.of(Secp256k1.bouncyCastle()));
    Secp256k1.nativeLibrary().ifPresent(curves::add);
    for (Secp256k1 curve : curves) {
      tests.add(
          DynamicTest.dynamicTest(
              curve.implementation(),
              () -> {
                TransactionSigner signer = new TransactionSigner(key, 1, curve);
                LegacyTx tx =
                    signer.legacy(
                        9,
                        BigInteger.valueOf(20_000_000_000L),
                        21_000,
                        Destination.call(
                            Address.fromHex("0x3535353535353535353535353535353535353535")),
                        BigInteger.TEN.pow(18),
                        Bytes.EMPTY);
                assertThat(Bytes.toHex(TransactionCodec.signingPayload(tx)))
                    .isEqualTo(blocks.get(0));
                assertThat(tx.signingHash().toHex()).isEqualTo(blocks.get(1));
                assertThat(tx.v()).isEqualTo(BigInteger.valueOf(37));
                assertThat(Bytes.toHex(TransactionCodec.encode(tx))).isEqualTo(blocks.get(2));
                assertThat(TransactionCodec.decode(Bytes.parseHex(blocks.get(2))).sender())
                    .isEqualTo(signer.address());
              }));
    }
    return tests.stream();
  }
}
