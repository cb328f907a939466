package com.propaganda.dashboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void controlCharactersAreFoundButTabsAndLineBreaksAreText() {
    assertTrue(Text.hasControlCharacter("Ann\u0000"));
    assertTrue(Text.hasControlCharacter("\u001b[31m"));
    assertTrue(Text.hasControlCharacter("a\u007fb"));
    assertTrue(Text.hasControlCharacter("a\u0085b"));
    assertFalse(Text.hasControlCharacter("line one\r\nline\ttwo"));
    assertFalse(Text.hasControlCharacter("Zoë 🙂 ‏"));
    assertFalse(Text.hasControlCharacter(null));
  }

  @Test
  void printableReplacesEachControlCharacter() {
    assertEquals("a\uFFFDb\tc", Text.printable("a\u0000b\tc"));
    assertEquals(null, Text.printable(null));
  }
}
