package io.coterie.node.rpc.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code of a URI (ZXing, error correction level M, a four-module quiet zone as ISO/IEC 18004
 * asks), as SVG (one path of unit squares, scalable) or PNG.
 */
public final class QrCode {
  private static final int QUIET_ZONE = 4;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  public static QrCode of(String text) {
    try {
      return new QrCode(
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8")));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot encode " + text.length() + " characters as a QR code; use a shorter URL", e);
    }
  }

  /** Modules per side, quiet zone included. */
  public int size() {
    return modules.getWidth();
  }

  public boolean dark(int x, int y) {
    return modules.get(x, y);
  }

  public String svg() {
    int n = size();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        if (modules.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + n
        + " "
        + n
        + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code\"><rect width=\""
        + n
        + "\" height=\""
        + n
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** A PNG of {@code pixelsPerModule} pixels per module. */
  public byte[] png(int pixelsPerModule) {
    int n = size();
    BufferedImage image =
        new BufferedImage(n * pixelsPerModule, n * pixelsPerModule, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < n * pixelsPerModule; y++) {
      for (int x = 0; x < n * pixelsPerModule; x++) {
        boolean dark = modules.get(x / pixelsPerModule, y / pixelsPerModule);
        image.setRGB(x, y, dark ? 0xff000000 : 0xffffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
