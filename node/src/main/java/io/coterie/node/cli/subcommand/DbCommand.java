package io.coterie.node.cli.subcommand;

import io.coterie.node.app.ChainAccess;
import io.coterie.node.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coterie db verify}: checks a stopped node's database. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database tools (run them while the node is stopped).",
    subcommands = {DbCommand.Verify.class})
public final class DbCommand implements Runnable {
  private static final int PROBLEMS_SHOWN = 20;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Recomputes the head's state root and checks every block's indexes. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Walks the head's state (every account and storage trie) and rebuilds its root;",
        "checks each block's canonical index, header, parent link, body, receipts and tx index."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ChainSource source;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      DatabaseCheck.Report report;
      try (ChainAccess access = source.openExisting()) {
        PrintWriter err = spec.commandLine().getErr();
        report = DatabaseCheck.run(access, total -> source.progress("Verified blocks", total, err));
      }
      out.println(
          "Checked blocks 0.."
              + report.headNumber()
              + " ("
              + report.blocks()
              + " blocks, "
              + report.transactions()
              + " transactions) and the head's state ("
              + report.accounts()
              + " accounts, "
              + report.storageSlots()
              + " storage slots, "
              + report.trieNodes()
              + " trie nodes)");
      if (report.problems().isEmpty()) {
        out.println("OK: head " + report.headNumber() + " " + report.headHash());
        return ExitCodes.OK;
      }
      PrintWriter err = spec.commandLine().getErr();
      report.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
      if (report.problems().size() > PROBLEMS_SHOWN) {
        err.println("  … and " + (report.problems().size() - PROBLEMS_SHOWN) + " more");
      }
      err.println(
          "error: the database has "
              + report.problems().size()
              + " problem(s); restore it from a backup, or rebuild it with `coterie blocks export`"
              + " from a healthy node and `coterie blocks import`");
      return ExitCodes.FAILED;
    }
  }
}
