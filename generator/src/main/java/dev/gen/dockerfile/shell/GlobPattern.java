package dev.gen.dockerfile.shell;

/**
 * The glob patterns of {@code ${v#pat}}, {@code ${v%pat}} and {@code ${v/pat/rep}}: {@code *} is any run of
 * characters, {@code ?} any one character, {@code \} makes {@code *}, {@code ?} and {@code \} literal and is dropped
 * before {@code }} and {@code /}; there are no bracket expressions. BuildKit translates them to Go regular
 * expressions, where {@code .} does not match a newline; so here neither {@code *} nor {@code ?} matches one.
 *
 * <p>Matching simulates the pattern's automaton over the value (no backtracking), so it takes time proportional to
 * the value length times the pattern length, and every step is charged to a {@link WorkBudget}.
 */
final class GlobPattern {

  private static final int LITERAL = 0;
  private static final int ANY = 1;
  private static final int STAR = 2;

  private final int[] kinds;
  private final int[] chars;

  /** An invalid pattern; the message is BuildKit's ({@code invalid escape '\x'}). */
  static final class InvalidPatternException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean limit;

    InvalidPatternException(String message) {
      this(message, false);
    }

    InvalidPatternException(String message, boolean limit) {
      super(message);
      this.limit = limit;
    }

    /** True when the pattern is valid but matching it exceeded the work budget. */
    boolean isLimit() {
      return limit;
    }
  }

  /** Counts matching steps so that hostile patterns fail instead of running for a long time. */
  static final class WorkBudget {
    private long remaining;

    WorkBudget(long steps) {
      this.remaining = steps;
    }

    void charge(long steps) throws InvalidPatternException {
      remaining -= steps;
      if (remaining < 0) {
        throw new InvalidPatternException("pattern matching takes too long (value or pattern too large)", true);
      }
    }
  }

  private GlobPattern(int[] kinds, int[] chars) {
    this.kinds = kinds;
    this.chars = chars;
  }

  /** Compiles a pattern as BuildKit's {@code convertShellPatternToRegex} reads it. */
  static GlobPattern compile(String pattern) throws InvalidPatternException {
    int[] cps = pattern.codePoints().toArray();
    int[] kinds = new int[cps.length];
    int[] chars = new int[cps.length];
    int m = 0;
    int i = 0;
    while (i < cps.length) {
      int tok = cps[i++];
      if (tok == '*') {
        if (m == 0 || kinds[m - 1] != STAR) { // ** matches what * matches
          kinds[m++] = STAR;
        }
        continue;
      }
      if (tok == '?') {
        kinds[m++] = ANY;
        continue;
      }
      if (tok == '\\') {
        if (i < cps.length && (cps[i] == '}' || cps[i] == '/')) {
          continue; // the escape only kept } or / from ending the ${...}; the character itself is literal
        }
        int escaped = i < cps.length ? cps[i++] : 0xFFFD; // Go prints EOF with %c as U+FFFD
        if (escaped != '*' && escaped != '?' && escaped != '\\') {
          throw new InvalidPatternException("invalid escape '\\" + new String(Character.toChars(escaped)) + "'");
        }
        tok = escaped;
      }
      kinds[m] = LITERAL;
      chars[m++] = tok;
    }
    return new GlobPattern(java.util.Arrays.copyOf(kinds, m), java.util.Arrays.copyOf(chars, m));
  }

  /**
   * Reverses a pattern without separating an escape from what it escapes ({@code a\*c} becomes {@code c\*a}), as
   * BuildKit's {@code reversePattern}, so that a suffix match can run as a prefix match on the reversed value.
   */
  static String reverse(String pattern) {
    int[] in = pattern.codePoints().toArray();
    int[] out = new int[in.length];
    int last = in.length - 1;
    int i = 0;
    while (i <= last) {
      int tok = in[i];
      int outIdx = last - i;
      if (tok == '\\' && i != last) {
        out[outIdx - 1] = tok;
        out[outIdx] = in[i + 1];
        i += 2;
      } else {
        out[outIdx] = tok;
        i++;
      }
    }
    return new String(out, 0, out.length);
  }

  /**
   * The end of the shortest ({@code longest} false) or longest match that starts at {@code from}, or -1 when none
   * does.
   */
  int matchAt(int[] text, int from, boolean longest, WorkBudget budget) throws InvalidPatternException {
    int m = kinds.length;
    boolean[] active = new boolean[m + 1];
    int[] list = new int[m + 1];
    int count = addClosure(active, list, 0, 0);
    int last = -1;
    if (active[m]) {
      if (!longest) {
        return from;
      }
      last = from;
    }
    boolean[] nextActive = new boolean[m + 1];
    int[] nextList = new int[m + 1];
    for (int p = from; p < text.length && count > 0; p++) {
      budget.charge(count);
      int c = text[p];
      int nextCount = 0;
      for (int j = 0; j < count; j++) {
        int k = list[j];
        if (k == m) {
          continue;
        }
        int target = step(k, c);
        if (target >= 0) {
          nextCount = addClosure(nextActive, nextList, nextCount, target);
        }
      }
      for (int j = 0; j < count; j++) {
        active[list[j]] = false;
      }
      boolean[] tb = active;
      active = nextActive;
      nextActive = tb;
      int[] tl = list;
      list = nextList;
      nextList = tl;
      count = nextCount;
      if (active[m]) {
        if (!longest) {
          return p + 1;
        }
        last = p + 1;
      }
    }
    return last;
  }

  /**
   * The leftmost match at or after {@code from}, longest among those that start there (what Go's
   * {@code FindStringIndex} returns for the greedy regular expression BuildKit builds), as {start, end}; null when
   * there is none.
   */
  int[] find(int[] text, int from, WorkBudget budget) throws InvalidPatternException {
    int m = kinds.length;
    int[] start = new int[m + 1];
    int[] nextStart = new int[m + 1];
    java.util.Arrays.fill(start, -1);
    java.util.Arrays.fill(nextStart, -1);
    int[] list = new int[m + 1];
    int[] nextList = new int[m + 1];
    int count = 0;
    int bestStart = -1;
    int bestEnd = -1;
    for (int p = from; ; p++) {
      if (bestStart < 0) {
        count = addClosureWithStart(start, list, count, 0, p);
      }
      if (start[m] >= 0) {
        int s = start[m];
        if (bestStart < 0 || s < bestStart) {
          bestStart = s;
          bestEnd = p;
        } else if (s == bestStart) {
          bestEnd = p;
        }
      }
      if (bestStart >= 0) { // threads that started later can no longer win
        int kept = 0;
        for (int j = 0; j < count; j++) {
          int k = list[j];
          if (start[k] > bestStart) {
            start[k] = -1;
          } else {
            list[kept++] = k;
          }
        }
        count = kept;
      }
      if (p >= text.length || (count == 0 && bestStart >= 0)) {
        break;
      }
      budget.charge(count + 1L);
      int c = text[p];
      int nextCount = 0;
      for (int j = 0; j < count; j++) {
        int k = list[j];
        if (k != m) {
          int target = step(k, c);
          if (target >= 0) {
            nextCount = addClosureWithStart(nextStart, nextList, nextCount, target, start[k]);
          }
        }
      }
      for (int j = 0; j < count; j++) {
        start[list[j]] = -1;
      }
      int[] t = start;
      start = nextStart;
      nextStart = t;
      t = list;
      list = nextList;
      nextList = t;
      count = nextCount;
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }

  /** The state reached from {@code k} on {@code c}, or -1. A star stays where it is. */
  private int step(int k, int c) {
    return switch (kinds[k]) {
      case STAR -> c == '\n' ? -1 : k;
      case ANY -> c == '\n' ? -1 : k + 1;
      default -> c == chars[k] ? k + 1 : -1;
    };
  }

  private int addClosure(boolean[] active, int[] list, int count, int k) {
    while (true) {
      if (!active[k]) {
        active[k] = true;
        list[count++] = k;
      }
      if (k < kinds.length && kinds[k] == STAR) {
        k++; // a star may match nothing
      } else {
        return count;
      }
    }
  }

  private int addClosureWithStart(int[] start, int[] list, int count, int k, int s) {
    while (true) {
      if (start[k] < 0) {
        start[k] = s;
        list[count++] = k;
      } else if (s < start[k]) {
        start[k] = s;
      }
      if (k < kinds.length && kinds[k] == STAR) {
        k++;
      } else {
        return count;
      }
    }
  }
}
