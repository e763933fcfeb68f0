package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.Collection;
import java.util.List;

/**
 * BuildKit's "did you mean" ({@code util/suggest}): the closest option within an edit distance below 3, if the
 * value is not itself one of the options. The distance counts a swap of two neighbouring characters as one edit
 * (BuildKit's plain Levenshtein distance makes {@code chwon} as close to {@code chmod} as to {@code chown}, and then
 * picks whichever its map iteration meets first).
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
      if (Math.abs(v.length() - o.length()) >= 3) {
        continue; // the distance is at least the difference in length
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

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions) over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length > 256 || y.length > 256) {
      return Math.abs(x.length - y.length) + 3; // never a suggestion; keeps the cost bounded
    }
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }

  /** For callers that build option lists. */
  static List<String> sorted(Collection<String> options) {
    return options.stream().sorted().toList();
  }
}
