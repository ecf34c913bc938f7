package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.cli.audit.JsonRpcClient;
import io.coterie.node.cli.audit.ProofBundle;
import io.coterie.node.cli.audit.ProofBundleFetcher;
import io.coterie.node.cli.audit.ProofBundleJson;
import io.coterie.node.cli.audit.ProofBundleValidator;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie audit verify|export}: proves chain records against a signed block. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Proves records against a block signed by the validators (for auditors).",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
public final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where to fetch from and as whom. */
  static final class Source {
    @Option(
        names = "--rpc",
        paramLabel = "<URL>",
        description = "JSON-RPC endpoint of any node of the chain, e.g. http://127.0.0.1:8545.")
    String rpc;

    @Option(
        names = {"--token", "--rpc-token"},
        paramLabel = "<JWT>",
        description = "Bearer token for a node that requires one (env: COTERIE_RPC_TOKEN).")
    String token;

    @Option(
        names = "--block",
        paramLabel = "<N>",
        description = "Block to prove against (default: the latest).")
    Long block;

    @Option(
        names = "--lot",
        paramLabel = "<ID>",
        description = "Provenance lot id (32 bytes hex, from lotIdOf(gtin, lot)).")
    String lot;

    ProofBundleFetcher fetcher() {
      if (rpc == null) {
        throw CliException.usage(
            "give --rpc <URL> of a node (or --bundle <FILE> to check offline)");
      }
      return new ProofBundleFetcher(new JsonRpcClient(rpc, Optional.ofNullable(token)));
    }

    Optional<Long> block() {
      if (block != null && block < 0) {
        throw CliException.usage("--block " + block + " is negative; give a block number");
      }
      return Optional.ofNullable(block);
    }

    Hash lotId() {
      try {
        return Hash.fromHex(lot);
      } catch (IllegalArgumentException e) {
        throw CliException.usage(
            "--lot " + lot + " is not a 32-byte hex lot id (0x followed by 64 hex digits)");
      }
    }
  }

  /** Verifies a lot or slots over RPC, or a bundle offline. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Proves a provenance lot (--lot) or storage slots (--address, --slot) of a block",
        "fetched over --rpc, or checks a bundle from `audit export` offline (--bundle):",
        "storage proofs → storageRoot, account proof → stateRoot, header → hash (QBFT),",
        "commit seals → a quorum of the block's validators. Exits 1 on any mismatch."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Source source = new Source();

    @Option(names = "--address", paramLabel = "<A>", description = "Account whose slots to prove.")
    String address;

    @Option(
        names = "--slot",
        paramLabel = "<S>",
        split = ",",
        description = "Storage slot(s) of --address to prove (32 bytes hex; repeat or comma-list).")
    List<String> slots = List.of();

    @Option(
        names = "--bundle",
        paramLabel = "<FILE>",
        description = "Check this bundle from `audit export` offline instead.")
    Path bundle;

    @Option(
        names = "--validators",
        paramLabel = "<A>",
        split = ",",
        description = "The validator set you trust (comma-separated); default: the header's own.")
    List<String> validators;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ProofBundle proofs = bundle != null ? offline(out) : online(out);
      ProofBundleValidator.Verdict verdict = new ProofBundleValidator(pinned()).validate(proofs);
      verdict.steps().forEach(out::println);
      if (verdict instanceof ProofBundleValidator.Verdict.Failed failed) {
        out.flush();
        throw CliException.failed(
            failed.step() + " FAILED: " + failed.reason() + "; the record does not verify");
      }
      out.println("verified: block " + proofs.blockNumber() + " " + proofs.blockHash());
      return ExitCodes.OK;
    }

    private ProofBundle offline(PrintWriter out) {
      if (source.rpc != null || source.lot != null || address != null || source.block != null) {
        throw CliException.usage(
            "--bundle is checked offline on its own; drop --rpc, --lot, --address and --block");
      }
      out.println("Checking bundle " + bundle + " offline");
      return ProofBundleJson.read(bundle);
    }

    private ProofBundle online(PrintWriter out) {
      ProofBundleFetcher fetcher = source.fetcher();
      if (source.lot != null) {
        if (address != null || !slots.isEmpty()) {
          throw CliException.usage("give either --lot or --address with --slot, not both");
        }
        out.println("Fetching lot " + source.lotId() + " from " + source.rpc);
        return fetcher.lot(source.block(), source.lotId());
      }
      if (address == null || slots.isEmpty()) {
        throw CliException.usage(
            "give --lot <ID>, or --address <A> with --slot <S>, or --bundle <FILE>");
      }
      Address account = parse("--address", address, Address::fromHex);
      List<Hash> keys = slots.stream().map(s -> parse("--slot", s, AuditCommand::slot)).toList();
      out.println("Fetching " + keys.size() + " slot(s) of " + account + " from " + source.rpc);
      return fetcher.slots(source.block(), account, keys);
    }

    private Optional<List<Address>> pinned() {
      return Optional.ofNullable(validators)
          .map(list -> list.stream().map(v -> parse("--validators", v, Address::fromHex)).toList());
    }
  }

  /** Writes a self-contained proof bundle of a lot. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a lot's proof bundle (header RLP with seals, validator set, account and",
        "storage proofs, the decoded lot) for `coterie audit verify --bundle` offline."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Source source = new Source();

    @Option(names = "--out", paramLabel = "<FILE>", required = true, description = "Bundle file.")
    Path out;

    @Override
    public Integer call() {
      if (source.lot == null) {
        throw CliException.usage("give --lot <ID>, the lot whose proofs to export");
      }
      ProofBundle bundle = source.fetcher().lot(source.block(), source.lotId());
      ProofBundleJson.write(bundle, out);
      spec.commandLine()
          .getOut()
          .println(
              "Wrote "
                  + out
                  + ": lot "
                  + source.lotId()
                  + ", "
                  + bundle.storageProofs().size()
                  + " storage proofs, block "
                  + bundle.blockNumber()
                  + " "
                  + bundle.blockHash()
                  + " (check it with `coterie audit verify --bundle "
                  + out
                  + "`)");
      return ExitCodes.OK;
    }
  }

  private static Hash slot(String text) {
    String digits = text.startsWith("0x") ? text.substring(2) : text;
    if (digits.isEmpty() || digits.length() > 64) {
      throw new IllegalArgumentException("a slot is at most 32 bytes (64 hex digits)");
    }
    return Hash.fromHex("0x" + "0".repeat(64 - digits.length()) + digits);
  }

  private static <T> T parse(String option, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(option + " " + text + " is not valid: " + e.getMessage());
    }
  }
}
