package io.coterie.node.cli.subcommand;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.logging.ProgressLog;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockCodec;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie blocks export|import}: canonical blocks as RLP, one after another. */
@Command(
    name = "blocks",
    mixinStandardHelpOptions = true,
    description = "Exports and imports blocks (RLP, one after another, as geth does).",
    subcommands = {BlocksCommand.Export.class, BlocksCommand.Import.class})
public final class BlocksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Writes canonical blocks {@code --from}..{@code --to-block} to a file. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Exports blocks.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ChainSource source;

    @Option(names = "--to", paramLabel = "<FILE>", required = true, description = "Output file.")
    Path file;

    @Option(names = "--from", paramLabel = "<N>", defaultValue = "0", description = "First block.")
    long from;

    @Option(names = "--to-block", paramLabel = "<M>", description = "Last block (default: head).")
    Long toBlock;

    @Override
    public Integer call() throws IOException {
      try (ChainAccess access = source.openExisting()) {
        Blockchain chain = access.chain();
        long last = toBlock == null ? chain.head().number() : toBlock;
        if (from < 0 || last < from || last > chain.head().number()) {
          throw CliException.usage(
              "blocks "
                  + from
                  + " to "
                  + last
                  + " are not on the chain, whose head is "
                  + chain.head().number()
                  + "; choose --from and --to-block within 0.."
                  + chain.head().number());
        }
        ProgressLog progress =
            source.progress("Exported blocks", last - from + 1, spec.commandLine().getErr());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
          for (long n = from; n <= last; n++, progress.advance(1)) {
            long number = n;
            Block block =
                chain
                    .blockByNumber(number)
                    .orElseThrow(
                        () ->
                            CliException.failed(
                                "block "
                                    + number
                                    + " is missing from the database; run `coterie db verify`"));
            out.write(BlockCodec.encode(block));
          }
        }
        spec.commandLine()
            .getOut()
            .println("Exported blocks " + from + " to " + last + " to " + file);
        return ExitCodes.OK;
      }
    }
  }

  /** Re-executes and imports the blocks of a file on top of the chain's head. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Imports blocks, re-executing each; stops at the first that does not verify.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ChainSource source;

    @Option(
        names = "--from-file",
        paramLabel = "<FILE>",
        required = true,
        description = "File written by `coterie blocks export`.")
    Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        throw CliException.usage("--from-file " + file + " does not exist; check the path");
      }
      long imported = 0;
      long known = 0;
      try (ChainAccess access = source.openOrCreate();
          InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        BlockFileReader reader = new BlockFileReader(in);
        ProgressLog progress =
            source.progress("Imported blocks", countBlocks(file), spec.commandLine().getErr());
        Optional<byte[]> next;
        while ((next = reader.next()).isPresent()) {
          Block block = decode(next.get(), reader.offset());
          if (importOne(access, block)) {
            imported++;
          } else {
            known++;
          }
          progress.advance(1);
        }
        out.println(
            "Imported "
                + imported
                + " blocks ("
                + known
                + " already present); head is block "
                + access.chain().head().number()
                + " "
                + access.chain().headHash());
      }
      return ExitCodes.OK;
    }

    /** The blocks in the file, read once without decoding them, so progress shows an ETA. */
    private static long countBlocks(Path file) throws IOException {
      long count = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        BlockFileReader reader = new BlockFileReader(in);
        while (reader.next().isPresent()) {
          count++;
        }
      }
      return count;
    }

    private static Block decode(byte[] encoded, long offsetAfter) {
      try {
        return BlockCodec.decode(encoded);
      } catch (RlpException | IllegalArgumentException e) {
        throw CliException.failed(
            "the item ending at byte " + offsetAfter + " is not a block: " + e.getMessage());
      }
    }

    /** True when imported, false when the chain already has it; throws when it cannot fit. */
    private static boolean importOne(ChainAccess access, Block block) {
      Blockchain chain = access.chain();
      BlockHeader header = block.header();
      Hash hash = chain.hash(header);
      if (header.number() <= chain.head().number()) {
        Optional<BlockHeader> ours = chain.headerByNumber(header.number());
        if (ours.isPresent() && chain.hash(ours.get()).equals(hash)) {
          return false;
        }
        throw CliException.failed(
            "block "
                + header.number()
                + " "
                + hash
                + " differs from this chain's block at that height; import into an empty"
                + " --data-path or one holding an earlier part of the same chain");
      }
      BlockVerdict verdict =
          access.executor().verify(block, chain.head(), chain.headHash(), chain.headWorldState());
      if (verdict instanceof BlockVerdict.Invalid invalid) {
        throw CliException.failed(
            "block "
                + header.number()
                + " "
                + hash
                + " does not verify: "
                + invalid.reason()
                + "; blocks before it were imported");
      }
      access.importer().importBlock(((BlockVerdict.Valid) verdict).executed());
      return true;
    }
  }
}
