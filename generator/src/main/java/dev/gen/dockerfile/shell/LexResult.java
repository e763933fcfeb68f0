package dev.gen.dockerfile.shell;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one substitution.
 *
 * @param word the whole text with variables substituted and quotes processed ({@code ProcessWord})
 * @param words the same text split into words after substitution ({@code ProcessWords})
 * @param matched the variables that were set
 * @param unmatched the variables that were looked up but not set (BuildKit's UndefinedVar candidates)
 * @param unknown the variables whose value gen cannot know; they are left as written in {@code word}
 */
public record LexResult(
    String word, List<String> words, Set<String> matched, Set<String> unmatched, Set<String> unknown) {

  public LexResult {
    words = List.copyOf(words);
    matched = ordered(matched);
    unmatched = ordered(unmatched);
    unknown = ordered(unknown);
  }

  /** Keeps the order in which names were met, so that messages come out in a deterministic order. */
  private static Set<String> ordered(Set<String> names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }
}
