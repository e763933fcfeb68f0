package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for building and reading located trees in the loader's stages. */
final class Nodes {

  private Nodes() {}

  static YScalar str(String value, SourceLocation at) {
    return YScalar.ofString(value, at);
  }

  static YScalar of(Object value, SourceLocation at) {
    return YScalar.of(value, at);
  }

  static YScalar nil(SourceLocation at) {
    return YScalar.nullAt(at);
  }

  static boolean isNull(YNode n) {
    return n == null || n.isNull();
  }

  /** The scalar's value if it is a string, else null. */
  static String string(YNode n) {
    return n instanceof YScalar s && s.value() instanceof String str ? str : null;
  }

  static boolean isString(YNode n) {
    return n instanceof YScalar s && s.value() instanceof String;
  }

  static boolean isInt(YNode n) {
    return n instanceof YScalar s && (s.value() instanceof Long || s.value() instanceof java.math.BigInteger);
  }

  /** Go's type name for a decoded YAML value, for messages ({@code %T}). */
  static String goType(YNode n) {
    if (n == null || n.isNull()) {
      return "<nil>";
    }
    if (n instanceof YMap) {
      return "map[string]interface {}";
    }
    if (n instanceof YSeq) {
      return "[]interface {}";
    }
    Object v = ((YScalar) n).value();
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof Double) {
      return "float64";
    }
    return v instanceof Long ? "int" : "uint64";
  }

  /** Go's {@code %s} of a decoded value: strings as they are, others wrapped as Go wraps them. */
  static String goS(YNode n) {
    if (n instanceof YScalar s && s.value() instanceof String str) {
      return str;
    }
    if (isNull(n)) {
      return "%!s(<nil>)";
    }
    return "%!s(" + goType(n) + "=" + GoValues.sprint(n) + ")";
  }

  static YSeq seq(SourceLocation at, List<YNode> items) {
    return new YSeq(items, at, "");
  }

  static YSeq seqOf(SourceLocation at, YNode... items) {
    return new YSeq(List.of(items), at, "");
  }

  static List<String> keys(YMap m) {
    return new ArrayList<>(m.keys());
  }

  static GenException error(YNode at, KeyPath path, String code, String message) {
    return GenException.at(at == null ? SourceLocation.UNKNOWN : at.location(), path.toString(), code, message);
  }

  static GenException error(SourceLocation at, KeyPath path, String code, String message) {
    return GenException.at(at, path.toString(), code, message);
  }
}
