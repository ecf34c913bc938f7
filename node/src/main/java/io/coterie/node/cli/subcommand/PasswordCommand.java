package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.rpc.auth.BcryptPasswords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie password hash}: the bcrypt hash a credentials file holds, as Besu's command. */
@Command(
    name = "password",
    mixinStandardHelpOptions = true,
    description = "Hashes passwords for --rpc-http-authentication-credentials-file.",
    subcommands = {PasswordCommand.Hash.class})
public final class PasswordCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code coterie password hash --password X | --password-file F}. */
  @Command(
      name = "hash",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the bcrypt hash of a password for a [Users.<name>] password = \"…\" entry.",
        "--password-file keeps the password out of the shell history and the process list."
      })
  static final class Hash implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--password", paramLabel = "<PASSWORD>", description = "The password.")
    String password;

    @Option(
        names = "--password-file",
        paramLabel = "<FILE>",
        description = "A file whose content (trailing newline dropped) is the password.")
    Path passwordFile;

    @Option(
        names = "--cost",
        paramLabel = "<N>",
        defaultValue = "10",
        description = "bcrypt cost, 4-31; each step doubles the work (default: ${DEFAULT-VALUE}).")
    int cost;

    @Override
    public Integer call() {
      if ((password == null) == (passwordFile == null)) {
        throw CliException.usage("give --password or --password-file (one of them)");
      }
      if (cost < 4 || cost > 31) {
        throw CliException.usage("--cost must be 4-31, got " + cost + "; 10 is Besu's");
      }
      char[] secret = password != null ? password.toCharArray() : read(passwordFile);
      try {
        if (secret.length == 0) {
          throw CliException.usage("the password is empty; choose a non-empty one");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(BcryptPasswords.hash(secret, cost, new SecureRandom()));
        out.flush();
        return ExitCodes.OK;
      } finally {
        Arrays.fill(secret, '\0');
      }
    }

    private static char[] read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8).stripTrailing().toCharArray();
      } catch (IOException e) {
        throw CliException.usage("cannot read --password-file " + file + ": " + e.getMessage());
      }
    }
  }
}
