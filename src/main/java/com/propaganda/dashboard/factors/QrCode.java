package com.propaganda.dashboard.factors;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as inline SVG (ZXing makes the matrix): drawn in the page itself, so the secret goes to
 * no image service and the page's content security policy needs no exception.
 */
public final class QrCode {

  private QrCode() {}

  public static String svg(String text, String title) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
    } catch (WriterException tooLong) {
      throw new IllegalArgumentException("Too long for a QR code", tooLong);
    }
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder();
    // One rectangle per run of dark modules in a row: a fifth of the text of one per module.
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < size && matrix.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M').append(start).append(' ').append(y);
        path.append('h').append(run).append("v1h-").append(run).append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\"><title>%s</title><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"%s\"/></svg>"
        .formatted(size, size, escape(title), size, size, path);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
