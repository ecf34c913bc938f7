package io.coterie.node.cli.subcommand;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.cli.audit.JsonRpcClient;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.rpc.epcis.CaptureDocument;
import io.coterie.node.rpc.epcis.DocumentSigner;
import io.coterie.node.rpc.epcis.EpcisProblem;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coterie provenance capture FILE --key farm.key --rpc URL [--sign-only]}: reads an EPCIS
 * 2.0 document, maps each event onto its Provenance call, signs one transaction per event with the
 * farm's key and sends them over JSON-RPC (or, with {@code --sign-only}, writes the document with
 * each event's signed transaction, for {@code POST /epcis/capture}).
 */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    description = {
      "Records an EPCIS 2.0 document (JSON-LD) on the chain, signed with the farm's key: one"
          + " Provenance transaction per event, in document order; prints each event's"
          + " transaction hash.",
      "With --sign-only, writes the document with each event's signed transaction"
          + " (coterie:signedTransaction) instead, to POST to a node's /epcis/capture."
    })
public final class ProvenanceCaptureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<FILE>", description = "The EPCISDocument (.jsonld).")
  Path file;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "<FILE>",
      description = "The farm's private key file (64 hex digits).")
  Path key;

  @Option(
      names = "--rpc",
      defaultValue = "http://127.0.0.1:8545",
      paramLabel = "<URL>",
      description = "The node's JSON-RPC URL (default: ${DEFAULT-VALUE}).")
  String rpc;

  @Option(
      names = "--token",
      paramLabel = "<TOKEN>",
      defaultValue = "${env:COTERIE_RPC_TOKEN}",
      description = "A JSON-RPC token, where the node has authentication on (COTERIE_RPC_TOKEN).")
  String token;

  @Option(
      names = "--gas",
      defaultValue = "3000000",
      paramLabel = "<GAS>",
      description = "Gas limit of each transaction (default: ${DEFAULT-VALUE}).")
  long gas;

  @Option(
      names = "--sign-only",
      description = "Write the signed document instead of sending (to --out, or standard output).")
  boolean signOnly;

  @Option(names = "--out", paramLabel = "<FILE>", description = "Where --sign-only writes.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
    CaptureDocument.Result result = CaptureDocument.read(text);
    if (result instanceof CaptureDocument.Refused refused) {
      EpcisProblem problem = refused.problem();
      throw CliException.usage(
          file
              + ": "
              + problem.kind().title()
              + (problem.pointer().isEmpty() ? "" : " at " + problem.pointer())
              + ": "
              + problem.detail());
    }
    CaptureDocument.Read read = (CaptureDocument.Read) result;
    PrivateKey farmKey;
    try {
      farmKey = KeyFiles.read(key);
    } catch (KeyFiles.KeyFileException e) {
      throw CliException.usage(e.getMessage());
    }
    JsonRpcClient client = new JsonRpcClient(rpc, Optional.ofNullable(token));
    long chainId = quantity(client.call("eth_chainId")).longValueExact();
    TransactionSigner signer = new TransactionSigner(farmKey, chainId);
    long nonce =
        quantity(client.call("eth_getTransactionCount", signer.address().toHex(), "pending"))
            .longValueExact();
    BigInteger gasPrice = quantity(client.call("eth_gasPrice"));
    DocumentSigner.Signed signed = DocumentSigner.sign(read, signer, nonce, gasPrice, gas);
    if (signOnly) {
      String json = signed.document().toPrettyString();
      if (out == null) {
        console.println(json);
      } else {
        try {
          Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw CliException.failed("cannot write " + out + ": " + e.getMessage());
        }
        console.println(
            read.events().size()
                + " events signed by "
                + signer.address().toHex()
                + " (nonces "
                + nonce
                + "-"
                + (nonce + read.events().size() - 1)
                + ") written to "
                + out);
      }
      return ExitCodes.OK;
    }
    for (int i = 0; i < read.events().size(); i++) {
      Transaction tx = signed.transactions().get(i);
      JsonNode hash =
          client.call("eth_sendRawTransaction", Bytes.of(TransactionCodec.encode(tx)).toHex());
      console.println(
          read.events().get(i).call().pointer()
              + "  "
              + read.events().get(i).call().summary()
              + "  "
              + hash.asText());
    }
    return ExitCodes.OK;
  }

  private static BigInteger quantity(JsonNode value) {
    String hex = value.asText();
    if (!hex.startsWith("0x")) {
      throw CliException.failed("the node answered '" + hex + "' where a hex quantity belongs");
    }
    return new BigInteger(hex.substring(2), 16);
  }
}
