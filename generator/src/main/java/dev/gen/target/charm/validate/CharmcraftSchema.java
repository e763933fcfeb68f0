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

  /** The schema errors of a parsed {@code charmcraft.yaml}, as violations of the rule {@code schema}. */
  public static List<Violation> validate(Map<String, Object> document) {
    JsonNode node = YJson.MAPPER.valueToTree(document);
    List<Violation> violations = new ArrayList<>();
    for (Error e : schema().validate(node)) {
      String path = e.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
      violations.add(new Violation("schema", path, e.getMessage()));
    }
    return violations;
  }
}
