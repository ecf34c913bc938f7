package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coterie keys generate|address}: node and account keys, and the public parts a brand shares
 * with its consortium (address, enode with its real host).
 */
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

  /** The host and port a node's enode URL names, and printing a key's public parts. */
  static final class EnodeOptions {
    @Option(
        names = "--p2p-host",
        paramLabel = "<HOST>",
        defaultValue = "127.0.0.1",
        description =
            "Host other nodes reach this node's P2P port at, for its enode (default:"
                + " ${DEFAULT-VALUE}).")
    String host;

    @Option(
        names = "--p2p-port",
        paramLabel = "<PORT>",
        defaultValue = "30303",
        description = "P2P port, for its enode (default: ${DEFAULT-VALUE}).")
    int port;

    String url(NodeKey key) {
      return "enode://" + NodeKeys.enodeId(key) + "@" + host + ":" + port;
    }

    void print(PrintWriter out, NodeKey key) {
      out.println("address:    " + NodeKeys.address(key).toChecksumHex());
      out.println("public key: " + NodeKeys.enodeId(key));
      out.println("enode:      " + url(key));
    }
  }

  /** {@code coterie keys generate [--to FILE] [--p2p-host H --p2p-port P] [--public-file F]}. */
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

    @Mixin EnodeOptions enode;

    @Option(
        names = "--public-file",
        paramLabel = "<FILE>",
        description =
            "Also writes the key's public parts as a [[validators]] table for network.toml.")
    Path publicFile;

    @Option(
        names = "--name",
        paramLabel = "<NAME>",
        defaultValue = "brand",
        description = "The validator's name in --public-file (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (publicFile != null && Files.exists(publicFile)) {
        throw CliException.failed(publicFile + " already exists; choose another --public-file");
      }
      PrivateKey key = PrivateKey.random(new SecureRandom());
      NodeKey nodeKey = new NodeKey(key);
      if (file != null) {
        KeyFiles.write(file, key);
        out.println("key file:   " + file);
      } else {
        out.println("private key: 0x" + key.toHexSecret());
        out.println("(not saved: give --to FILE to write it to a file)");
      }
      enode.print(out, nodeKey);
      if (publicFile != null) {
        ValidatorEntryFile.write(publicFile, name, nodeKey, enode.url(nodeKey), file);
        out.println("public parts: " + publicFile + " (send it to the network's operator)");
      }
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

    @Mixin EnodeOptions enode;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      NodeKey nodeKey = new NodeKey(KeyFiles.read(file));
      enode.print(out, nodeKey);
      return ExitCodes.OK;
    }
  }
}
