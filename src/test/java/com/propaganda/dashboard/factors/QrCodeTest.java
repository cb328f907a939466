package com.propaganda.dashboard.factors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void drawsAnSvgWithATextAlternativeAndEscapesIt() {
    String svg = QrCode.svg("otpauth://totp/x?secret=ABCD", "QR <code> & key");
    assertTrue(svg.startsWith("<svg "));
    assertTrue(svg.contains("<title>QR &lt;code&gt; &amp; key</title>"));
    assertTrue(svg.contains("role=\"img\""));
    // A version 3 code (29 modules) with its quiet zone of 4 on each side; the top left finder
    // pattern starts with a run of 7 dark modules.
    assertTrue(svg.contains("viewBox=\"0 0 37 37\""));
    assertTrue(svg.contains("M4 4h7v1h-7z"));
  }
}
