package io.coterie.node.cli.subcommand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie rlp encode --type QBFT_EXTRA_DATA}: RLP that genesis files carry, as Besu's. */
@Command(
    name = "rlp",
    mixinStandardHelpOptions = true,
    description = "Encodes values as RLP.",
    subcommands = {RlpCommand.Encode.class})
public final class RlpCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What {@code encode} can encode. */
  enum RlpType {
    QBFT_EXTRA_DATA
  }

  /** Reads a JSON array of validator addresses and prints the QBFT extraData of block 0. */
  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      description =
          "Prints the RLP hex of --type QBFT_EXTRA_DATA: zero vanity, the validators (sorted by"
              + " address, as the genesis block orders them), no vote, round 0, no seals.")
  static final class Encode implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_INPUT_BYTES = 1 << 20;

    @Spec CommandSpec spec;

    @Option(
        names = "--type",
        paramLabel = "<TYPE>",
        required = true,
        description = "What to encode: ${COMPLETION-CANDIDATES}.")
    RlpType type;

    @Option(
        names = "--from",
        paramLabel = "<FILE>",
        description =
            "JSON array of validator addresses, [\"0x…\", …]; without it, read from standard"
                + " input.")
    Path from;

    /** Standard input, replaceable in tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
      List<Address> validators = validators(parse(read()));
      byte[] encoded =
          switch (type) {
            case QBFT_EXTRA_DATA ->
                QbftExtraDataCodec.encode(QbftExtraData.unsealed(validators, Optional.empty(), 0));
          };
      spec.commandLine().getOut().println(Bytes.toHex(encoded));
      return ExitCodes.OK;
    }

    private String read() throws IOException {
      if (from == null) {
        byte[] bytes = stdin.readNBytes(MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
          throw CliException.usage("standard input holds more than 1 MiB; give a validator list");
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
      try {
        return Files.readString(from, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw CliException.usage(from + " does not exist; check the --from path");
      }
    }

    private JsonNode parse(String text) {
      try {
        return JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw CliException.usage(
            source() + " is not JSON (" + e.getOriginalMessage() + "); give [\"0x…\", \"0x…\"]");
      }
    }

    private List<Address> validators(JsonNode array) {
      if (array == null || !array.isArray() || array.isEmpty()) {
        throw CliException.usage(
            source() + " is not a non-empty JSON array; give the validators as [\"0x…\", \"0x…\"]");
      }
      TreeSet<Address> sorted = new TreeSet<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode entry = array.get(i);
        Address address;
        try {
          address = entry.isTextual() ? Address.fromHex(entry.textValue()) : null;
        } catch (IllegalArgumentException e) {
          address = null;
        }
        if (address == null) {
          throw CliException.usage(
              source()
                  + " entry "
                  + i
                  + " is "
                  + entry
                  + ", not an address; write \"0x\" and 40 hex digits");
        }
        if (!sorted.add(address)) {
          throw CliException.usage(
              source() + " lists " + entry.textValue() + " twice; list each validator once");
        }
      }
      return new ArrayList<>(sorted);
    }

    private String source() {
      return from == null ? "standard input" : from.toString();
    }
  }
}
