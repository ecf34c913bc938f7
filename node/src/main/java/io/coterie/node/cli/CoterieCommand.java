package io.coterie.node.cli;

import io.coterie.chaincode.spi.ChaincodeVersionUnavailable;
import io.coterie.genesis.validate.InvalidGenesisException;
import io.coterie.node.app.Version;
import io.coterie.node.cli.options.ConfigDefaults;
import io.coterie.node.cli.options.ConfigFile;
import io.coterie.node.cli.options.LoggingOptions;
import io.coterie.node.cli.subcommand.AuditCommand;
import io.coterie.node.cli.subcommand.BlocksCommand;
import io.coterie.node.cli.subcommand.DbCommand;
import io.coterie.node.cli.subcommand.DevnetCommand;
import io.coterie.node.cli.subcommand.KeysCommand;
import io.coterie.node.cli.subcommand.OperatorCommand;
import io.coterie.node.cli.subcommand.PasswordCommand;
import io.coterie.node.cli.subcommand.ProvenanceCommand;
import io.coterie.node.cli.subcommand.RlpCommand;
import io.coterie.node.cli.subcommand.RunCommand;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.storage.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code coterie} launcher. */
@Command(
    name = "coterie",
    mixinStandardHelpOptions = true,
    versionProvider = CoterieCommand.VersionProvider.class,
    description = "A consortium chain node with Ethereum formats and built-in chaincode.",
    subcommands = {
      RunCommand.class,
      DevnetCommand.class,
      KeysCommand.class,
      OperatorCommand.class,
      PasswordCommand.class,
      BlocksCommand.class,
      DbCommand.class,
      AuditCommand.class,
      ProvenanceCommand.class,
      RlpCommand.class
    })
public final class CoterieCommand implements Runnable {
  private static final String CONFIG_FILE = "--config-file";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoggingOptions logging;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(args, System.getenv(), out, err));
  }

  /** Parses and runs {@code args}; returns the exit code. In-process, for tests too. */
  public static int execute(
      String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine;
    try {
      commandLine = commandLine(args, environment, out, err);
    } catch (ConfigFile.ConfigFileException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return commandLine.execute(args);
  }

  /**
   * The configured command line, its defaults filled from {@code environment} and from the config
   * file that {@code args} or the environment name.
   */
  public static CommandLine commandLine(
      String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new CoterieCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> handleFailure(e, cmd.getErr()));
    commandLine.setParameterExceptionHandler(
        (e, unused) -> {
          PrintWriter errors = e.getCommandLine().getErr();
          errors.println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
          errors.println(
              "run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage");
          return ExitCodes.USAGE;
        });
    shareVersion(commandLine);
    commandLine.setExecutionStrategy(CoterieCommand::applyLoggingThenRun);
    Map<String, String> fileValues = configFileValues(args, environment, commandLine);
    commandLine.setDefaultValueProvider(new ConfigDefaults(environment, fileValues));
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The logging options hold for the whole run, so they apply before any command starts. */
  private static int applyLoggingThenRun(CommandLine.ParseResult parsed) {
    CoterieCommand root = parsed.commandSpec().commandLine().getCommand();
    try {
      root.logging.apply();
    } catch (IllegalArgumentException e) {
      parsed.commandSpec().commandLine().getErr().println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  private static Map<String, String> configFileValues(
      String[] args, Map<String, String> environment, CommandLine commandLine) {
    if (args.length > 0 && args[0].equals("operator")) {
      // `operator generate-network --config-file` names a network.toml, not a node's config.
      return Map.of();
    }
    String file = environment.get(ConfigDefaults.environmentName(CONFIG_FILE));
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(CONFIG_FILE) && i + 1 < args.length) {
        file = args[i + 1];
      } else if (args[i].startsWith(CONFIG_FILE + "=")) {
        file = args[i].substring(CONFIG_FILE.length() + 1);
      }
    }
    if (file == null) {
      return Map.of();
    }
    return ConfigFile.load(Path.of(file), configKeys(commandLine.getSubcommands().get("run")));
  }

  /** The keys a config file may hold: the {@code run} options, without the dashes. */
  static Set<String> configKeys(CommandLine run) {
    Set<String> keys = new TreeSet<>();
    for (OptionSpec option : run.getCommandSpec().options()) {
      String name = option.longestName();
      if (!option.usageHelp() && !option.versionHelp() && !name.equals(CONFIG_FILE)) {
        keys.add(ConfigDefaults.key(name));
      }
    }
    return keys;
  }

  private static int handleFailure(Exception e, PrintWriter err) {
    if (e instanceof CliException cli) {
      err.println("error: " + cli.getMessage());
      return cli.exitCode();
    }
    if (e instanceof InvalidGenesisException
        || e instanceof ChaincodeVersionUnavailable
        || e instanceof StorageException
        || e instanceof KeyFiles.KeyFileException) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    if (e instanceof ConfigFile.ConfigFileException || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Optional<IOException> io = cause(e, IOException.class);
    if (io.isPresent()) {
      String message = io.get().getMessage();
      err.println(
          "error: "
              + message
              + (message != null && message.startsWith("cannot listen")
                  ? " (--rpc-http-port, --rpc-ws-port)"
                  : ""));
      return ExitCodes.FAILED;
    }
    err.println("internal error (please report it with the lines below): " + e);
    e.printStackTrace(err);
    return ExitCodes.INTERNAL;
  }

  /** Every command's {@code --version} prints the release, not only the root's. */
  private static void shareVersion(CommandLine commandLine) {
    commandLine.getCommandSpec().versionProvider(new VersionProvider());
    commandLine.getSubcommands().values().forEach(CoterieCommand::shareVersion);
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** Reports the release number. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"coterie " + Version.NUMBER + " (commit " + Version.COMMIT + ")"};
    }
  }
}
