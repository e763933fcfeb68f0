package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.DockerfileCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code RUN --mount=...} (BuildKit's {@code commands_runmount.go}): comma-separated {@code key=value} fields
 * (read as CSV, so a field may be quoted).
 *
 * @param type bind (the default), cache, tmpfs, secret or ssh
 * @param from the stage, image or named context to mount from, or null
 * @param source the path inside {@code from}, or null
 * @param target the mount point, or null
 * @param id the cache or secret id, or null
 * @param readOnly whether the mount is read-only (bind, secret, ssh default to true)
 * @param env the environment variable a secret is exposed as, or null
 */
public record RunMount(String type, String from, String source, String target, String id, boolean readOnly,
    String env) {

  static final Set<String> TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
  private static final Set<String> SHARING = Set.of("shared", "private", "locked");
  private static final List<String> KEYS = List.of("type", "from", "source", "target", "readonly", "id", "sharing",
      "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");

  /**
   * The {@code from=} value as written, checked the way BuildKit checks it before substitution: a variable there
   * is an error. Null when the mount has no {@code from}.
   */
  static String sourceOf(String value) throws InstructionException {
    String from = null;
    for (String field : fields(value)) {
      int eq = field.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = field.substring(0, eq).toLowerCase(Locale.ROOT);
      String v = field.substring(eq + 1);
      if (key.equals("from")) {
        int dollar = v.indexOf('$');
        if (dollar >= 0 && dollar != v.length() - 1) {
          throw new InstructionException(DockerfileCodes.INSTRUCTION,
              "'from' doesn't support variable expansion, define alias stage instead");
        }
        from = v;
      }
    }
    return from;
  }

  /** Substitutes the value of one {@code key=value} field of a mount. */
  @FunctionalInterface
  public interface ValueExpander {
    String expand(String value) throws InstructionException;
  }

  /** Parses a mount whose values are already substituted, validating it as BuildKit does. */
  public static RunMount parse(String value) throws InstructionException {
    return parse(value, v -> v);
  }

  /** Parses a mount, substituting each field's value first (BuildKit substitutes values, not keys). */
  public static RunMount parse(String value, ValueExpander expander) throws InstructionException {
    String type = "bind";
    String from = null;
    String source = null;
    String target = null;
    String id = null;
    String sharing = null;
    String env = null;
    Boolean readOnly = null;
    for (String field : fields(value)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String v = eq < 0 ? null : expander.expand(field.substring(eq + 1));
      if (v == null) {
        switch (key) {
          case "readonly", "ro" -> readOnly = true;
          case "readwrite", "rw" -> readOnly = false;
          case "required" -> requireType(key, type, "secret", "ssh");
          default -> throw error("invalid field '" + field + "' must be a key=value pair");
        }
        continue;
      }
      switch (key) {
        case "type" -> {
          if (!TYPES.contains(v.toLowerCase(Locale.ROOT))) {
            throw error(Suggest.wrap("unsupported mount type " + quote(v), v, TYPES, true));
          }
          type = v.toLowerCase(Locale.ROOT);
        }
        case "from" -> from = v;
        case "source", "src" -> source = v;
        case "target", "dst", "destination" -> target = v;
        case "readonly", "ro" -> readOnly = parseBool(key, v);
        case "readwrite", "rw" -> readOnly = !parseBool(key, v);
        case "required" -> {
          requireType(key, type, "secret", "ssh");
          parseBool(key, v);
        }
        case "size" -> {
          requireType(key, type, "tmpfs");
          if (!v.matches("[0-9]+(\\.[0-9]+)?\\s*([kKmMgGtTpP][iI]?)?[bB]?")) {
            throw error("invalid value for " + key + ": " + v);
          }
        }
        case "id" -> id = v;
        case "sharing" -> {
          if (!SHARING.contains(v.toLowerCase(Locale.ROOT))) {
            throw error("unsupported sharing value " + quote(v));
          }
          sharing = v.toLowerCase(Locale.ROOT);
        }
        case "mode" -> {
          if (!v.matches("[0-7]{1,11}") || Long.parseLong(v, 8) > 0xFFFFFFFFL) {
            throw error("invalid value " + v + " for mode");
          }
        }
        case "uid", "gid" -> {
          if (!v.matches("[0-9]{1,10}") || Long.parseLong(v) > 0xFFFFFFFFL) {
            throw error("invalid value " + v + " for " + key);
          }
        }
        case "env" -> env = v;
        default -> throw error(Suggest.wrap("unexpected key '" + key + "' in '" + field + "'", key, KEYS, true));
      }
    }
    if (sharing != null && !type.equals("cache")) {
      throw error("invalid cache sharing set for " + type + " mount");
    }
    if (type.equals("secret")) {
      if (from != null) {
        throw error("secret mount should not have a from");
      }
      if (source == null && target == null && id == null && env == null) {
        throw error("invalid secret mount. one of source, target required");
      }
      if (source != null && id != null) {
        throw error("both source and id can't be set");
      }
    }
    boolean ro = readOnly != null ? readOnly : !(type.equals("cache") || type.equals("tmpfs"));
    return new RunMount(type, from, source, target, id, ro, env);
  }

  private static void requireType(String key, String type, String... allowed) throws InstructionException {
    for (String a : allowed) {
      if (a.equals(type)) {
        return;
      }
    }
    throw error("unexpected key '" + key + "' for mount type '" + type + "'");
  }

  private static boolean parseBool(String key, String v) throws InstructionException {
    return switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> throw error("invalid value for " + key + ": " + v);
    };
  }

  private static InstructionException error(String message) {
    return new InstructionException(DockerfileCodes.INSTRUCTION, message);
  }

  private static String quote(String s) {
    return dev.gen.dockerfile.gocompat.GoQuote.quote(s);
  }

  /** Go's {@code encoding/csv} reading of one record: commas separate fields, a field may be double-quoted. */
  static List<String> fields(String value) throws InstructionException {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < value.length() && value.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= value.length()) {
            throw error("failed to parse csv mounts: extraneous or missing \" in quoted-field");
          }
          char c = value.charAt(i++);
          if (c == '"') {
            if (i < value.length() && value.charAt(i) == '"') {
              field.append('"');
              i++;
              continue;
            }
            break;
          }
          field.append(c);
        }
        if (i < value.length() && value.charAt(i) != ',') {
          throw error("failed to parse csv mounts: extraneous or missing \" in quoted-field");
        }
      } else {
        while (i < value.length() && value.charAt(i) != ',') {
          char c = value.charAt(i++);
          if (c == '"') {
            throw error("failed to parse csv mounts: bare \" in non-quoted-field");
          }
          field.append(c);
        }
      }
      out.add(field.toString());
      if (i >= value.length()) {
        return out;
      }
      i++; // the comma
    }
  }
}
