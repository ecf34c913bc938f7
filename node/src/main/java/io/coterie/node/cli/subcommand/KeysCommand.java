package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.ExitCodes;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie keys generate|address}: node and account keys. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Generates keys and shows the address of a key file.",
    subcommands = {KeysCommand.Generate.class, KeysCommand.AddressOf.class})
public final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code coterie keys generate [--to FILE]}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Generates a secp256k1 key; writes it (owner-only) with --to.")
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--to",
        paramLabel = "<FILE>",
        description = "Key file to write (refuses to replace one); without it nothing is saved.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrivateKey key = PrivateKey.random(new SecureRandom());
      NodeKey nodeKey = new NodeKey(key);
      if (file != null) {
        KeyFiles.write(file, key);
        out.println("key file:   " + file);
      } else {
        out.println("private key: 0x" + key.toHexSecret());
        out.println("(not saved: give --to FILE to write it to a file)");
      }
      out.println("address:    " + NodeKeys.address(nodeKey).toChecksumHex());
      out.println("public key: " + NodeKeys.enodeId(nodeKey));
      return ExitCodes.OK;
    }
  }

  /** {@code coterie keys address --node-private-key-file F}. */
  @Command(
      name = "address",
      mixinStandardHelpOptions = true,
      description = "Prints the address and enode public key of a key file.")
  static final class AddressOf implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--node-private-key-file",
        paramLabel = "<FILE>",
        required = true,
        description = "The key file.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      NodeKey nodeKey = new NodeKey(KeyFiles.read(file));
      out.println("address:    " + NodeKeys.address(nodeKey).toChecksumHex());
      out.println("public key: " + NodeKeys.enodeId(nodeKey));
      return ExitCodes.OK;
    }
  }
}
