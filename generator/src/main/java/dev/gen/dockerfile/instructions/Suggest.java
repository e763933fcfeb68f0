package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.Collection;
import java.util.List;

/**
 * BuildKit's "did you mean" ({@code util/suggest}): the closest option within an edit distance below 3, if the
 * value is not itself one of the options.
 */
public final class Suggest {

  private Suggest() {}

  /** The closest option, or null. Options are compared in sorted order so that ties resolve the same way. */
  public static String closest(String value, Collection<String> options, boolean caseSensitive) {
    if (value.isEmpty()) {
      return null;
    }
    String v = caseSensitive ? value : GoStrings.toLower(value);
    String match = null;
    int matchDistance = Integer.MAX_VALUE;
    for (String option : options.stream().sorted().toList()) {
      String o = caseSensitive ? option : GoStrings.toLower(option);
      if (o.equals(v)) {
        return null; // an exact match means the problem is something else
      }
      int d = distance(v, o);
      if (d < 3 && d < matchDistance) {
        match = o;
        matchDistance = d;
      }
    }
    return match;
  }

  /** {@code message} plus {@code " (did you mean X?)"} when there is a close option. */
  public static String wrap(String message, String value, Collection<String> options, boolean caseSensitive) {
    String match = closest(value, options, caseSensitive);
    return match == null ? message : message + " (did you mean " + match + "?)";
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length > 256 || y.length > 256) {
      return Math.abs(x.length - y.length) + 3; // never a suggestion; keeps the cost bounded
    }
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /** For callers that build option lists. */
  static List<String> sorted(Collection<String> options) {
    return options.stream().sorted().toList();
  }
}
