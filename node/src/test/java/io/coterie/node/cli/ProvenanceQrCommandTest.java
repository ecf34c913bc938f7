package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coterie provenance qr}: the QR code a label prints, decoded back with ZXing's reader. */
class ProvenanceQrCommandTest {
  @TempDir Path dir;

  @Test
  void pngDecodesToTheLotsDigitalLinkUnderTheBaseUrl() throws Exception {
    Path png = dir.resolve("lot.png");

    CliRun run =
        CliRun.of(
            "provenance",
            "qr",
            "--gtin",
            "10614141000033",
            "--lot",
            "P-7/2",
            "--base-url",
            "https://trace.brand.example/",
            "--out",
            png.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String text =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertThat(text).isEqualTo("https://trace.brand.example/01/10614141000033/10/P-7%2F2");
  }

  @Test
  void svgIsWrittenAndAShortGtinIsPadded() throws Exception {
    Path svg = dir.resolve("lot.svg");

    CliRun run =
        CliRun.of(
            "provenance",
            "qr",
            "--gtin",
            "0614141000036",
            "--lot",
            "A1",
            "--base-url",
            "https://trace.brand.example",
            "--out",
            svg.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("https://trace.brand.example/01/00614141000036/10/A1");
    assertThat(Files.readString(svg)).startsWith("<svg").contains("<path");
  }

  @Test
  void aWrongCheckDigitIsRefusedWithWhatToCheck() {
    CliRun run =
        CliRun.of(
            "provenance",
            "qr",
            "--gtin",
            "10614141000034",
            "--lot",
            "A1",
            "--base-url",
            "https://trace.brand.example");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("wrong check digit");
  }
}
