package dev.gen.compose;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Validates a merged compose document against the Compose Specification schema ({@code schemas/compose-spec.json},
 * draft-07), and reports the one error compose-go would report, in its words: the most specific one
 * ({@code validating compose.yaml: services.a Additional property imagee is not allowed},
 * {@code services.a.ports must be a list}), located at the offending node. The schema is compiled once per process.
 */
final class ComposeSchema {

  private static final String RESOURCE = "schemas/compose-spec.json";

  /** Whether the background compilation was started (once per process: the schema is shared). */
  private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
      new java.util.concurrent.atomic.AtomicBoolean();

  private ComposeSchema() {}

  /** The compiled schema, built on first use and shared (it is immutable and thread-safe). */
  private static final class Holder {
    static final Schema SCHEMA = load();

    private static Schema load() {
      try (InputStream in = ComposeSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        JsonNode node = YJson.MAPPER.readTree(in);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemaRegistryConfig(config));
        Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE), node);
        schema.initializeValidators();
        // one small validation loads the classes validating uses, still off the loading thread
        schema.validate(YJson.MAPPER.readTree("{\"services\":{\"a\":{\"image\":\"a\",\"ports\":[\"80\"]}}}"));
        return schema;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Starts compiling the schema on another thread, so that it is ready (or nearly) when the first document has been
   * read: on a cold JVM, loading the validator and compiling the schema costs about as much as reading a large file.
   */
  static void warmUpInBackground() {
    if (!WARMING.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        Object unused = Holder.SCHEMA;
      } catch (RuntimeException | java.lang.Error e) {
        // reported again, on the loading thread, when the schema is first used
      }
    }, "gen-compose-schema");
    t.setDaemon(true);
    t.start();
  }

  /** Validates {@code document}; throws a located {@link GenException} naming {@code fileName} on failure. */
  static void validate(YMap document, String fileName) {
    checkFinite(document, KeyPath.ROOT, fileName);
    List<Error> errors = Holder.SCHEMA.validate(YJson.toJson(document, false));
    if (errors.isEmpty()) {
      return;
    }
    Picked picked = mostSpecific(dropLosingBranches(errors));
    String field = field(picked.parent.getInstanceLocation());
    String message = "validating " + fileName + ": " + field + " " + describe(picked);
    YNode at = SchemaNodes.at(document, picked.parent.getInstanceLocation());
    Error described = picked.child != null ? picked.child : picked.parent;
    SourceLocation where = at.location();
    if (described.getKeyword().equals("additionalProperties") && at instanceof YMap m
        && described.getProperty() != null) {
      where = keyLocation(m, described.getProperty());
    }
    throw new GenException(Diagnostic.error("compose.schema", message, where, keyPath(picked)));
  }

  /** JSON has no infinities or NaN; Compose fails the same way when it marshals such a value. */
  private static void checkFinite(YNode node, KeyPath path, String fileName) {
    if (node instanceof YScalar s && s.value() instanceof Double d && (d.isNaN() || d.isInfinite())) {
      String v = d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf";
      throw GenException.at(s.location(), path.toString(), "compose.schema",
          "validating " + fileName + ": json: unsupported value: " + v);
    }
    if (node instanceof YMap m) {
      for (Map.Entry<String, YNode> e : m.entries()) {
        checkFinite(e.getValue(), path.key(e.getKey()), fileName);
      }
    } else if (node instanceof YSeq seq) {
      for (int i = 0; i < seq.size(); i++) {
        checkFinite(seq.get(i), path.index(i), fileName);
      }
    }
  }

  private record Picked(Error parent, Error child) {}

  /**
   * For each failed oneOf/anyOf, gojsonschema keeps the errors of a single branch, the closest match. Here the
   * closest branch is the first one that at least has the right type (no type error at the oneOf's own node).
   * Branches are indexed once, so that a document with thousands of errors is still handled in linear time.
   */
  private static List<Error> dropLosingBranches(List<Error> errors) {
    // combinator evaluation path -> branch index -> errors inside that branch
    Map<String, Map<Integer, List<Error>>> branches = new java.util.HashMap<>();
    java.util.regex.Pattern branch = java.util.regex.Pattern.compile("/(?:oneOf|anyOf)/(\\d+)");
    for (Error e : errors) {
      String ev = e.getEvaluationPath().toString();
      java.util.regex.Matcher m = branch.matcher(ev);
      while (m.find()) {
        String combinator = ev.substring(0, m.start() + m.group().indexOf('/', 1));
        branches.computeIfAbsent(combinator, k -> new java.util.TreeMap<>())
            .computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(e);
      }
    }
    java.util.Set<Error> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Error e : errors) {
      if (!e.getKeyword().equals("oneOf") && !e.getKeyword().equals("anyOf")) {
        continue;
      }
      Map<Integer, List<Error>> byBranch = branches.getOrDefault(e.getEvaluationPath().toString(), Map.of());
      Integer best = null;
      for (Map.Entry<Integer, List<Error>> b : byBranch.entrySet()) {
        boolean typeMismatch = b.getValue().stream().anyMatch(x -> x.getKeyword().equals("type")
            && x.getInstanceLocation().equals(e.getInstanceLocation()));
        if (!typeMismatch) {
          best = b.getKey();
          break;
        }
      }
      if (best == null && !byBranch.isEmpty()) {
        best = byBranch.keySet().iterator().next();
      }
      for (Map.Entry<Integer, List<Error>> b : byBranch.entrySet()) {
        if (!b.getKey().equals(best)) {
          dropped.addAll(b.getValue());
        }
      }
    }
    List<Error> kept = new ArrayList<>(errors.size());
    for (Error e : errors) {
      if (!dropped.contains(e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /** compose-go's getMostSpecificError: the deepest field; type errors win ties; a oneOf uses its next error. */
  private static Picked mostSpecific(List<Error> errors) {
    int best = 0;
    for (int i = 0; i < errors.size(); i++) {
      int s = specificity(errors.get(i));
      int b = specificity(errors.get(best));
      if (s > b) {
        best = i;
      } else if (s == b && errors.get(i).getKeyword().equals("type")
          && !errors.get(best).getKeyword().equals("type")) {
        best = i;
      }
    }
    Error parent = errors.get(best);
    boolean combinator = parent.getKeyword().equals("oneOf") || parent.getKeyword().equals("anyOf");
    Error child = combinator && best + 1 < errors.size() ? errors.get(best + 1) : null;
    return new Picked(parent, child);
  }

  private static int specificity(Error e) {
    return Math.max(1, e.getInstanceLocation().getNameCount());
  }

  private static String describe(Picked p) {
    Error e = p.parent;
    if (p.child != null) {
      e = p.child;
    } else if (e.getKeyword().equals("oneOf")) {
      return "Must validate one and only one schema (oneOf)";
    } else if (e.getKeyword().equals("anyOf")) {
      return "Must validate at least one schema (anyOf)";
    }
    JsonNode schemaNode = e.getSchemaNode();
    switch (e.getKeyword()) {
      case "additionalProperties":
        return "Additional property " + e.getProperty() + " is not allowed";
      case "type":
        return "must be a " + humanType(schemaNode);
      case "required":
        return e.getProperty() + " is required";
      case "enum": {
        List<String> allowed = new ArrayList<>();
        schemaNode.forEach(v -> allowed.add(v.toString()));
        return field(e.getInstanceLocation()).replaceAll(".*\\.", "") + " must be one of the following: "
            + String.join(", ", allowed);
      }
      case "uniqueItems":
        return "array items must be unique";
      case "minimum":
        return "Must be greater than or equal to " + schemaNode.asString();
      case "maximum":
        return "Must be less than or equal to " + schemaNode.asString();
      case "pattern":
        return "Does not match pattern '" + schemaNode.asString() + "'";
      default:
        return e.getMessage();
    }
  }

  private static String humanType(JsonNode type) {
    if (type != null && type.isArray()) {
      List<String> all = new ArrayList<>();
      type.forEach(t -> all.add(humanType(t)));
      return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
    String t = type == null ? "value" : type.asString();
    return switch (t) {
      case "object" -> "mapping";
      case "array" -> "list";
      default -> t;
    };
  }

  /** gojsonschema's field: {@code (root)}, or the segments joined by dots. */
  private static String field(NodePath path) {
    if (path.getNameCount() == 0) {
      return "(root)";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(path.getName(i));
    }
    return sb.toString();
  }

  private static String keyPath(Picked p) {
    NodePath path = p.parent.getInstanceLocation();
    KeyPath k = KeyPath.ROOT;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      k = el instanceof Integer idx ? k.index(idx) : k.key(path.getName(i));
    }
    Error e = p.child != null ? p.child : p.parent;
    if (e.getKeyword().equals("additionalProperties") && e.getProperty() != null) {
      k = k.key(e.getProperty());
    }
    return k.toString();
  }

  /** The location of a key, when the error is about a property (unknown key): better than its mapping's. */
  static SourceLocation keyLocation(YMap map, String key) {
    return map.has(key) ? map.keyLocation(key) : map.location();
  }
}
