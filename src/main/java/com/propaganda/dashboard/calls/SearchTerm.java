package com.propaganda.dashboard.calls;

import java.util.Locale;
import java.util.Optional;

/**
 * The search box's term as the list applies it. A term of one or two characters is not applied: no
 * trigram index can find it, so a rare one would read every call of the client for one page.
 */
public final class SearchTerm {

  public static final int MIN_LENGTH = 3;

  /**
   * A search's count stops here: counting every match of a broad term reads every call, and no one
   * pages through more than this many matches.
   */
  public static final int COUNT_LIMIT = 1000;

  private SearchTerm() {}

  /** Whether the filter's term is long enough to filter the list. */
  static boolean applies(CallFilter filter) {
    return likePattern(filter).isPresent();
  }

  /** Whether the user typed a term the list does not apply yet. */
  public static boolean tooShort(String search) {
    String term = search == null ? "" : search.strip();
    return !term.isEmpty() && term.length() < MIN_LENGTH;
  }

  /** A LIKE pattern that finds the term anywhere, with LIKE's own characters taken literally. */
  static Optional<String> likePattern(CallFilter filter) {
    String term = filter.getSearch() == null ? "" : filter.getSearch().strip();
    if (term.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    String escaped =
        term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return Optional.of("%" + escaped + "%");
  }
}
