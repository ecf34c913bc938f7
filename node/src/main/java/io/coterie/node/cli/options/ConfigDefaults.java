package io.coterie.node.cli.options;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fills an option the user did not give on the command line: from the environment variable {@code
 * COTERIE_<NAME>} (dashes become underscores, {@code --rpc-http-port} is {@code
 * COTERIE_RPC_HTTP_PORT}), then from the config file's key of the option's name without dashes, and
 * otherwise from the option's own default. So the precedence is option, environment, file, default.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
  public static final String ENV_PREFIX = "COTERIE_";

  private final Map<String, String> environment;
  private final Map<String, String> fileValues;

  public ConfigDefaults(Map<String, String> environment, Map<String, String> fileValues) {
    this.environment = Map.copyOf(environment);
    this.fileValues = Map.copyOf(fileValues);
  }

  public static String environmentName(String optionName) {
    return ENV_PREFIX + key(optionName).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The config-file key of an option: its name without the leading dashes. */
  public static String key(String optionName) {
    return optionName.replaceFirst("^-+", "");
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option)) {
      return null;
    }
    String name = option.longestName();
    return Optional.ofNullable(environment.get(environmentName(name)))
        .or(() -> Optional.ofNullable(fileValues.get(key(name))))
        .orElse(null);
  }
}
