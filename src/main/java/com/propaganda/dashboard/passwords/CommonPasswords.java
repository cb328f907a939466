package com.propaganda.dashboard.passwords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 30,000 most common passwords, from the dictionary that ships with zxcvbn4j. Compared in lower
 * case, so "Password123456" is as common as "password123456".
 */
final class CommonPasswords {

  private static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  private static final Set<String> PASSWORDS = load();

  private CommonPasswords() {}

  static boolean contains(String password) {
    return PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  static int size() {
    return PASSWORDS.size();
  }

  private static Set<String> load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("The common password list is missing: " + LIST);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
