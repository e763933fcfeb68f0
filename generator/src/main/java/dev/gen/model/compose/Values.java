package dev.gen.model.compose;

import dev.gen.diag.GenException;
import dev.gen.model.GoDuration;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Typed reads of normalized values. The loader has validated the project, so a value of the wrong shape means a
 * hand-made or hostile tree: it is a located {@link GenException} ({@code model.invalid-value}), never a
 * {@link ClassCastException}. Every method returns null for an absent or null node.
 */
final class Values {

  static final String INVALID = "model.invalid-value";

  private Values() {}

  static YMap map(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YMap m) {
      return m;
    }
    throw invalid(node, path, "a mapping");
  }

  static YSeq seq(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YSeq s) {
      return s;
    }
    throw invalid(node, path, "a sequence");
  }

  /** A scalar as text: strings as they are, numbers and booleans in their canonical form. */
  static String string(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s) {
      return s.asString();
    }
    throw invalid(node, path, "a scalar");
  }

  static Boolean bool(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s) {
      if (s.value() instanceof Boolean b) {
        return b;
      }
      // compose-go accepts the strings too (depends_on.restart may be "true" after interpolation)
      if (s.value() instanceof String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
          return Boolean.valueOf(lower);
        }
      }
    }
    throw invalid(node, path, "a boolean");
  }

  static Long integer(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s) {
      if (s.value() instanceof Long l) {
        return l;
      }
      if (s.value() instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
        return d.longValue();
      }
      if (s.value() instanceof String text) {
        try {
          return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      if (s.value() instanceof BigInteger) {
        throw invalid(node, path, "an integer that fits in 64 bits");
      }
    }
    throw invalid(node, path, "an integer");
  }

  /** An int-sized integer (ports, retries, modes, counts). */
  static Integer smallInteger(YNode node, String path) {
    Long value = integer(node, path);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw invalid(node, path, "an integer of at most 10 digits");
    }
    return value.intValue();
  }

  static Double number(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s) {
      if (s.value() instanceof Long l) {
        return l.doubleValue();
      }
      if (s.value() instanceof Double d && Double.isFinite(d)) {
        return d;
      }
      if (s.value() instanceof String text) {
        try {
          double d = Double.parseDouble(text.trim());
          if (Double.isFinite(d)) {
            return d;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
    }
    throw invalid(node, path, "a number");
  }

  /** A number of CPUs: a number that is not negative (the model and every target count from 0). */
  static Double cpus(YNode node, String path) {
    Double cpus = number(node, path);
    if (cpus != null && cpus < 0) {
      throw invalid(node, path, "a number of CPUs (0 or more)");
    }
    return cpus;
  }

  /** A size in bytes: an integer, a decimal string, or Docker's {@code 64m} form; never negative. */
  static Long bytes(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s && s.value() instanceof Long l) {
      if (l < 0) {
        throw invalid(node, path, "a size in bytes (such as 536870912 or 512m)");
      }
      return l;
    }
    OptionalLong bytes = ByteSizes.parse(string(node, path));
    if (bytes.isEmpty()) {
      throw invalid(node, path, "a size in bytes (such as 536870912 or 512m)");
    }
    return bytes.getAsLong();
  }

  static Duration duration(YNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YScalar s && s.value() instanceof String text) {
      return GoDuration.parse(text)
          .orElseThrow(() -> invalid(node, path, "a duration such as 1m30s or 500ms"));
    }
    throw invalid(node, path, "a duration such as 1m30s or 500ms");
  }

  /** A sequence of scalars as text. */
  static List<String> strings(YNode node, String path) {
    YSeq seq = seq(node, path);
    if (seq == null) {
      return null;
    }
    List<String> out = new ArrayList<>(seq.size());
    for (int i = 0; i < seq.size(); i++) {
      String item = string(seq.get(i), path + "[" + i + "]");
      if (item == null) {
        throw invalid(seq.get(i), path + "[" + i + "]", "a string");
      }
      out.add(item);
    }
    return out;
  }

  /** A mapping of scalars (null values kept), in source order. */
  static Map<String, String> stringMap(YNode node, String path) {
    YMap map = map(node, path);
    if (map == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, YNode> e : map.entries()) {
      out.put(e.getKey(), string(e.getValue(), path + "." + e.getKey()));
    }
    return out;
  }

  static GenException invalid(YNode node, String path, String expected) {
    return GenException.at(node.location(), path, INVALID,
        path + " must be " + expected + ", not " + describe(node));
  }

  private static String describe(YNode node) {
    if (node instanceof YScalar s && s.value() != null) {
      String text = s.asString();
      String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
      return "the " + node.kindName() + " '" + shown.replace("\n", "\\n") + "'";
    }
    return "a " + node.kindName();
  }
}
