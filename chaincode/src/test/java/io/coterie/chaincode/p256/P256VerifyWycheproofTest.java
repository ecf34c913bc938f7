package io.coterie.chaincode.p256;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.TestHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.web3j.utils.Numeric;

/**
 * Every Wycheproof ECDSA P-256 / SHA-256 (IEEE P1363) vector through the precompile, called as a
 * transaction would call it: valid ones return the word 1, invalid ones nothing, and every call
 * costs 6,900 gas.
 */
class P256VerifyWycheproofTest {
  private static final ChainAddress CALLER = ChainAddress.of(0xca11);

  record Vector(int tcId, String comment, byte[] input, boolean valid) {}

  @TestFactory
  Stream<DynamicTest> everyVectorGetsTheResultWycheproofExpects() throws IOException {
    TestHost host = new TestHost(List.of(new P256VerifyPrecompile()));
    return vectors().stream()
        .map(
            v ->
                DynamicTest.dynamicTest(
                    "#" + v.tcId() + " " + v.comment(),
                    () -> {
                      TestHost.Outcome out =
                          host.call(CALLER, P256VerifyPrecompile.ADDRESS, v.input());
                      assertThat(out.result().isSuccess()).isTrue();
                      assertThat(out.gasUsed()).isEqualTo(P256VerifyPrecompile.GAS);
                      assertThat(Numeric.toHexString(out.result().data()))
                          .isEqualTo(v.valid() ? "0x" + "0".repeat(63) + "1" : "0x");
                    }));
  }

  @Test
  void theFileHoldsAll262VectorsOfBothResults() throws IOException {
    List<Vector> all = vectors();
    assertThat(all).hasSize(262);
    assertThat(all.stream().filter(Vector::valid)).hasSize(173);
  }

  static List<Vector> vectors() throws IOException {
    JsonNode root;
    try (InputStream in =
        P256VerifyWycheproofTest.class.getResourceAsStream(
            "/vectors/wycheproof/ecdsa_secp256r1_sha256_p1363_test.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<Vector> vectors = new ArrayList<>();
    for (JsonNode group : root.get("testGroups")) {
      byte[] x = word(group.get("publicKey").get("wx").asText());
      byte[] y = word(group.get("publicKey").get("wy").asText());
      for (JsonNode test : group.get("tests")) {
        String result = test.get("result").asText();
        assertThat(result).as("tcId %s", test.get("tcId")).isIn("valid", "invalid");
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(sha256(Numeric.hexStringToByteArray(test.get("msg").asText())));
        // A signature that is not 64 bytes makes an input that is not 160 bytes: refused as such.
        input.writeBytes(Numeric.hexStringToByteArray(test.get("sig").asText()));
        input.writeBytes(x);
        input.writeBytes(y);
        vectors.add(
            new Vector(
                test.get("tcId").asInt(),
                test.get("comment").asText(),
                input.toByteArray(),
                result.equals("valid")));
      }
    }
    return vectors;
  }

  private static byte[] word(String hex) {
    return Numeric.toBytesPadded(new BigInteger(hex, 16), 32);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
