package dev.gen.target.blueprint;

import dev.gen.render.Escapers;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the JSON-like trees that make up entity specs (maps, lists, strings, numbers, booleans, {@link Dsl}
 * expressions and {@link Script}s) as block-style YAML. Every string goes through {@link Escapers#yamlScalar}, so
 * the result is safe to insert raw into a template.
 *
 * <p>Brooklyn evaluates every string that starts with {@code $brooklyn:} as DSL, wherever it is in a plan. A value
 * from the input that happens to start that way is therefore written as {@code $brooklyn:formatString: ["$%s",
 * rest]}, which yields the original text without evaluating it.
 */
final class YamlWriter {

  static final String DSL_PREFIX = "$brooklyn:";

  private static final Pattern DSL_KEY = Pattern.compile("\\$brooklyn:[A-Za-z]+");

  private YamlWriter() {}

  /** A mapping at the given indentation, one {@code key: value} per line (nested values below). */
  static String map(Map<?, ?> map, int indent) {
    StringBuilder sb = new StringBuilder();
    writeMap(sb, map, indent);
    return sb.toString();
  }

  /** A sequence at the given indentation. */
  static String seq(List<?> list, int indent) {
    StringBuilder sb = new StringBuilder();
    writeSeq(sb, list, indent);
    return sb.toString();
  }

  /** One scalar, for use inline after a key. */
  static String scalar(Object value) {
    if (value instanceof Dsl d) {
      return d.expression();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof String s) {
      return Escapers.yamlScalar(s);
    }
    throw new IllegalArgumentException("not a scalar: " + value);
  }

  static boolean needsProtection(String s) {
    return s.startsWith(DSL_PREFIX);
  }

  /** The value Brooklyn should see as the literal string {@code s}. */
  static Object literal(String s) {
    return needsProtection(s) ? Dsl.formatString("$%s", List.of(s.substring(1))) : s;
  }

  private static void writeMap(StringBuilder sb, Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      sb.append(" ".repeat(indent)).append(key(e.getKey())).append(':');
      writeValueAfterKey(sb, e.getValue(), indent);
    }
  }

  /** Keys are strings, except where Brooklyn needs numbers or booleans (port bindings, function maps). */
  private static String key(Object k) {
    if (k instanceof Integer || k instanceof Boolean) {
      return k.toString();
    }
    String s = (String) k;
    return DSL_KEY.matcher(s).matches() ? s : Escapers.yamlScalar(s);
  }

  /** Writes what follows {@code key:} (or {@code -}): an inline scalar, or a nested block on the next lines. */
  private static void writeValueAfterKey(StringBuilder sb, Object value, int indent) {
    Object v = value instanceof String s ? literal(s) : value;
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append(" {}\n");
      } else {
        sb.append('\n');
        writeMap(sb, m, indent + 2);
      }
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        sb.append(" []\n");
      } else {
        sb.append('\n');
        writeSeq(sb, l, indent);
      }
    } else if (v instanceof Script script) {
      writeScript(sb, script.text(), indent + 2);
    } else if (v == null) {
      sb.append(" null\n");
    } else {
      sb.append(' ').append(scalar(v)).append('\n');
    }
  }

  private static void writeSeq(StringBuilder sb, List<?> list, int indent) {
    for (Object item : list) {
      Object v = item instanceof String s ? literal(s) : item;
      sb.append(" ".repeat(indent)).append('-');
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        // the first entry shares the dash's line; the others line up under it
        String nested = map(m, indent + 2);
        sb.append(' ').append(nested.substring(indent + 2));
      } else if (v instanceof List<?> l && !l.isEmpty()) {
        sb.append('\n');
        writeSeq(sb, l, indent + 2);
      } else {
        writeValueAfterKey(sb, v, indent);
      }
    }
  }

  private static void writeScript(StringBuilder sb, String text, int indent) {
    if (!isBlockSafe(text)) {
      sb.append(' ').append(Escapers.yamlDoubleQuoted(text)).append('\n');
      return;
    }
    sb.append(" |\n");
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      if (!line.isEmpty()) {
        sb.append(" ".repeat(indent)).append(line);
      }
      sb.append('\n');
    }
  }

  /**
   * A literal block keeps text exactly when it ends with one newline, starts with a visible character and holds only
   * printable characters (YAML 1.1 readers also break lines at NEL and the Unicode separators).
   */
  static boolean isBlockSafe(String text) {
    if (text.isEmpty() || !text.endsWith("\n") || text.endsWith("\n\n") || text.charAt(0) == ' '
        || text.charAt(0) == '\n') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean printable = c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F)
          || (c > 0x9F && c != 0x2028 && c != 0x2029 && c != 0xFEFF && !Character.isSurrogate(c));
      if (!printable) {
        return false;
      }
    }
    // a line that is only blanks, followed by more indented text, is fine; but trailing blank-only lines would be
    // eaten by chomping
    return true;
  }
}
