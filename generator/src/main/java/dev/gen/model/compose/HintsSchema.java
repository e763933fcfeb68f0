package dev.gen.model.compose;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.gen.compose.SchemaNodes;
import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks the {@code x-juju} and {@code x-brooklyn} hints against {@code schemas/x-hints.schema.json}: a hint no target
 * reads, or a value of the wrong kind, is an error located at the hint, with its key path ({@code model.invalid-hint}),
 * never ignored. The hints are checked in the shape of a compose file that holds nothing else, so the schema's error
 * paths are the compose key paths. The schema is compiled once per process.
 */
final class HintsSchema {

  static final String INVALID = "model.invalid-hint";
  private static final String RESOURCE = "schemas/x-hints.schema.json";

  private HintsSchema() {}

  private static final class Holder {
    static final JsonNode JSON = read();
    static final Schema SCHEMA = compile(JSON);

    private static JsonNode read() {
      try (InputStream in = HintsSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return YJson.MAPPER.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Schema compile(JsonNode json) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of("classpath:" + RESOURCE), json);
      schema.initializeValidators();
      return schema;
    }
  }

  /**
   * Checks the project's own hints.
   *
   * @throws GenException listing every wrong hint
   */
  static void checkProject(YNode juju, YNode brooklyn, SourceLocation at) {
    YMap document = new YMap(at);
    put(document, "x-juju", juju);
    put(document, "x-brooklyn", brooklyn);
    check(document);
  }

  /**
   * Checks one service's hints.
   *
   * @throws GenException listing every wrong hint
   */
  static void checkService(String service, YNode juju, YNode brooklyn, SourceLocation at) {
    if (juju == null && brooklyn == null) {
      return;
    }
    YMap hints = new YMap(at);
    put(hints, "x-juju", juju);
    put(hints, "x-brooklyn", brooklyn);
    YMap services = new YMap(at);
    services.put(service, at, hints);
    YMap document = new YMap(at);
    document.put("services", at, services);
    check(document);
  }

  private static void put(YMap map, String key, YNode value) {
    if (value != null) {
      map.put(key, value.location(), value);
    }
  }

  private static void check(YMap document) {
    if (document.isEmpty()) {
      return;
    }
    List<Error> errors = new ArrayList<>(Holder.SCHEMA.validate(YJson.toJson(document, false)));
    if (errors.isEmpty()) {
      return;
    }
    errors.sort(Comparator.comparing((Error e) -> e.getInstanceLocation().toString())
        .thenComparing(e -> e.getProperty() == null ? "" : e.getProperty())
        .thenComparing(Error::getKeyword));
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Error e : errors) {
      Diagnostic d = diagnostic(document, e);
      if (diagnostics.stream().noneMatch(x -> x.keyPath().equals(d.keyPath()))) {
        diagnostics.add(d);
      }
    }
    diagnostics.sort(Diagnostic.ORDER);
    throw new GenException(diagnostics, GenException.EXIT_INPUT);
  }

  private static Diagnostic diagnostic(YMap document, Error e) {
    NodePath path = e.getInstanceLocation();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      names.add(String.valueOf(path.getElement(i)));
    }
    YNode node = SchemaNodes.at(document, path);
    SourceLocation at = node.location();
    String keyPath = String.join(".", names);
    String message;
    if (e.getKeyword().equals("additionalProperties") && e.getProperty() != null) {
      String hint = e.getProperty();
      if (node instanceof YMap m && m.has(hint)) {
        at = m.keyLocation(hint);
      }
      keyPath = keyPath + "." + hint;
      List<String> known = known(names);
      message = describe(names) + " has no hint " + hint + (known.isEmpty()
          ? ": no target reads one here yet"
          : "; the hints it takes are " + String.join(", ", known));
    } else if (e.getKeyword().equals("type")) {
      message = describe(names) + (names.size() == 1 || names.size() == 3 ? " must be a mapping of hints"
          : " must be a string");
    } else {
      message = describe(names) + " " + expectation(names.get(names.size() - 1));
    }
    return Diagnostic.error(INVALID, message, at, keyPath);
  }

  /** {@code x-juju.channel of service web}, {@code x-juju (top level)}. */
  private static String describe(List<String> names) {
    if (names.size() >= 3 && names.get(0).equals("services")) {
      String rest = String.join(".", names.subList(2, names.size()));
      return rest + " of service " + names.get(1);
    }
    return String.join(".", names) + " at the top level";
  }

  private static String expectation(String hint) {
    return switch (hint) {
      case "website", "source", "documentation", "issues" -> "must be an http or https URL";
      case "charm" -> "must be a Charmhub charm name (lower-case letters, digits and single hyphens) or"
          + " 'generated'";
      case "channel" -> "must be a Charmhub channel such as 14/stable or latest/edge";
      default -> "must be text that is not blank";
    };
  }

  /** The hints the schema allows where {@code names} points (a hint mapping), sorted. */
  private static List<String> known(List<String> names) {
    String def = names.size() == 1
        ? (names.get(0).equals("x-juju") ? "projectJuju" : "projectBrooklyn")
        : (names.get(names.size() - 1).equals("x-juju") ? "serviceJuju" : "serviceBrooklyn");
    JsonNode properties = Holder.JSON.path("$defs").path(def).path("properties");
    TreeSet<String> out = new TreeSet<>();
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      out.add(p.getKey());
    }
    return List.copyOf(out);
  }
}
