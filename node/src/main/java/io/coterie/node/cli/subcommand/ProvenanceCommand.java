package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import io.coterie.node.cli.ExitCodes;
import io.coterie.node.rpc.web.DigitalLink;
import io.coterie.node.rpc.web.QrCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coterie provenance qr}: tools for provenance labels. */
@Command(
    name = "provenance",
    mixinStandardHelpOptions = true,
    description = "Provenance: the QR code of a lot's trace page; EPCIS 2.0 capture.",
    subcommands = {ProvenanceCommand.Qr.class, ProvenanceCaptureCommand.class})
public final class ProvenanceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code coterie provenance qr --gtin G --lot L --base-url URL [--out FILE.svg|FILE.png]}. */
  @Command(
      name = "qr",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the QR code of a lot's GS1 Digital Link (BASE/01/GTIN/10/LOT, the lot"
            + " percent-encoded), which opens its trace page on a node serving --web-public-url"
            + " BASE.",
        "SVG or PNG by --out's extension; without --out the SVG goes to standard output."
      })
  static final class Qr implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--gtin",
        required = true,
        paramLabel = "<GTIN>",
        description = "GTIN-8, -12, -13 or -14 with its check digit.")
    String gtin;

    @Option(
        names = "--lot",
        required = true,
        paramLabel = "<LOT>",
        description = "Batch/lot number (GS1 AI 10).")
    String lot;

    @Option(
        names = "--base-url",
        required = true,
        paramLabel = "<URL>",
        description = "The trace site's public URL, e.g. https://trace.brand.example.")
    String baseUrl;

    @Option(names = "--out", paramLabel = "<FILE>", description = "lot.svg or lot.png.")
    Path out;

    @Option(
        names = "--pixels-per-module",
        paramLabel = "<N>",
        defaultValue = "8",
        description = "PNG only: pixels per QR module (default: ${DEFAULT-VALUE}).")
    int pixelsPerModule;

    @Override
    public Integer call() {
      PrintWriter console = spec.commandLine().getOut();
      if (!baseUrl.matches("https?://[^\\s?#]+")) {
        throw CliException.usage(
            "--base-url must be an http(s) URL without query or fragment, such as"
                + " https://trace.brand.example; got '"
                + baseUrl
                + "'");
      }
      String base = baseUrl.replaceAll("/+$", "");
      DigitalLink.Parsed parsed =
          DigitalLink.parse("/01/" + gtin + "/10/" + DigitalLink.encodeLot(lot));
      if (parsed instanceof DigitalLink.Invalid invalid) {
        throw CliException.usage(invalid.message());
      }
      String uri = ((DigitalLink.Valid) parsed).link().uri(base);
      QrCode code = QrCode.of(uri);
      if (out == null) {
        console.println(code.svg());
        return ExitCodes.OK;
      }
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      byte[] bytes;
      if (name.endsWith(".svg")) {
        bytes = code.svg().getBytes(StandardCharsets.UTF_8);
      } else if (name.endsWith(".png")) {
        if (pixelsPerModule < 1 || pixelsPerModule > 64) {
          throw CliException.usage("--pixels-per-module must be 1-64, got " + pixelsPerModule);
        }
        bytes = code.png(pixelsPerModule);
      } else {
        throw CliException.usage("--out must end in .svg or .png, got " + out);
      }
      try {
        Files.write(out, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
      console.println("QR code of " + uri + " written to " + out);
      return ExitCodes.OK;
    }
  }
}
