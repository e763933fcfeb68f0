package dev.gen.target.charm.k8s;

import dev.gen.render.Escapers;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Python's {@code shlex} makes of an argv, computed independently in Java so that the generated unit tests
 * check the charm's {@code shlex.join} against an expectation instead of repeating it.
 */
final class PythonText {

  /** Python's {@code shlex.quote} leaves these words alone ({@code [\w@%+=:,./-]}, ASCII). */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private PythonText() {}

  static String shlexQuote(String word) {
    if (word.isEmpty()) {
      return "''";
    }
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\"'\"'") + "'";
  }

  static String shlexJoin(List<String> words) {
    return words.stream().map(PythonText::shlexQuote).collect(Collectors.joining(" "));
  }

  /** A Python literal of a string, an int or a boolean. */
  static String literal(Object value) {
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return Escapers.pythonString(String.valueOf(value));
  }
}
