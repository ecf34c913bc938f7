package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.support.TestNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coterie provenance capture}: the farm's key signs one transaction per event, sent over
 * JSON-RPC to a devnet node or written into the document for {@code POST /epcis/capture}.
 */
class ProvenanceCaptureCommandTest {
  private static final String FIXTURES = "/io/coterie/node/rpc/epcis/farm/";

  @TempDir Path dir;
  private TestNode node;
  private Path farmKey;

  @BeforeEach
  void start() throws Exception {
    node = TestNode.devnet(dir.resolve("data"));
    farmKey = dir.resolve("farm.key");
    KeyFiles.write(farmKey, PrivateKey.fromBigInteger(DevAccounts.account(2).privateKey()));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private Path fixture(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(FIXTURES + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private boolean recorded(String gtin, String lot) {
    return new ProvenanceReader()
        .lot(new ReadOnlyWorldStorage(node.node().chain().headWorldState()), Gs1.lotId(gtin, lot))
        .isPresent();
  }

  @Test
  void capturePrintsEachEventsTransactionAndTheChainRecordsThem() throws Exception {
    CliRun run =
        CliRun.of(
            "provenance",
            "capture",
            fixture("harvest-pack-ship.jsonld").toString(),
            "--key",
            farmKey.toString(),
            "--rpc",
            node.httpUrl());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .hasSize(4)
        .allMatch(line -> line.matches("/epcisBody/eventList/\\d  .+  0x[0-9a-f]{64}"));
    assertThat(run.out()).contains("commission 10614141000019/EPCIS-H1");
    await().atMost(Duration.ofSeconds(30)).until(() -> recorded("10614141000033", "EPCIS-B1"));
  }

  @Test
  void signOnlyWritesADocumentTheNodesCaptureAccepts() throws Exception {
    Path signed = dir.resolve("signed.jsonld");
    CliRun run =
        CliRun.of(
            "provenance",
            "capture",
            fixture("pallet.jsonld").toString(),
            "--key",
            farmKey.toString(),
            "--rpc",
            node.httpUrl(),
            "--sign-only",
            "--out",
            signed.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(recorded("10614141000019", "EPCIS-H1")).isFalse();

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(node.httpUrl() + "/epcis/capture"))
                    .POST(HttpRequest.BodyPublishers.ofFile(signed))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // the pallet needs the harvest lot, which nobody commissioned: accepted, then refused on chain
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    JsonNode context = new ObjectMapper().readTree(Files.readString(signed)).get("@context");
    assertThat(context.get(1).get("coterie").asText()).isEqualTo("https://coterie.example/epcis/");
  }

  @Test
  void aDocumentTheChainCannotRecordIsRefusedBeforeAnythingIsSigned() throws Exception {
    Path file = dir.resolve("items.jsonld");
    Files.writeString(
        file,
        Files.readString(fixture("shop-receiving.jsonld"))
            .replace(
                "urn:epc:class:lgtin:0614141.100003.EPCIS-B1",
                "urn:epc:id:sgtin:0614141.100003.2017"));

    CliRun run =
        CliRun.of(
            "provenance",
            "capture",
            file.toString(),
            "--key",
            farmKey.toString(),
            "--rpc",
            node.httpUrl());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("ValidationException at /epcisBody/eventList/0/epcList/0")
        .contains("the chain records lots");
  }
}
