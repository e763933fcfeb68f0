package dev.gen.target.charm.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gen.yaml.YJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Charmcraft's official JSON schema ({@code schemas/charmcraft.json}), applied to the modern form of
 * {@code charmcraft.yaml}: {@code #/$defs/PlatformCharm}, which gives precise messages where the schema's root
 * {@code oneOf} would only say that no branch matched.
 */
public final class CharmcraftSchema {

  private static final String LOCATION = "classpath:schemas/charmcraft.json#/$defs/PlatformCharm";

  private static volatile Schema schema;

  private CharmcraftSchema() {}

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (CharmcraftSchema.class) {
        s = schema;
        if (s == null) {
          s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(SchemaLocation.of(LOCATION));
          schema = s;
        }
      }
    }
    return s;
  }

  /** A JSON pointer ({@code /requires/db}, {@code /x/0}) or path ({@code $.a}) as a key path ({@code requires.db}). */
  static String keyPath(String location) {
    String p = location.startsWith("$") ? location.substring(1).replaceFirst("^\\.", "") : location;
    if (!p.startsWith("/")) {
      return p;
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : p.substring(1).split("/", -1)) {
      if (segment.isEmpty() && p.length() == 1) {
        break;
      }
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (s.matches("[0-9]+")) {
        sb.append('[').append(s).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(s);
      }
    }
    return sb.toString();
  }

  /** The schema errors of a parsed {@code charmcraft.yaml}, as violations of the rule {@code schema}. */
  public static List<Violation> validate(Map<String, Object> document) {
    JsonNode node = YJson.MAPPER.valueToTree(document);
    List<Violation> violations = new ArrayList<>();
    for (Error e : schema().validate(node)) {
      violations.add(new Violation("schema", keyPath(e.getInstanceLocation().toString()), e.getMessage()));
    }
    return violations;
  }
}
