package dev.gen.model;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks a model's JSON form against {@code schemas/service-model.schema.json} (JSON Schema draft 2020-12), loaded
 * from the class path. A model that fails is a bug in gen (a mapper or {@link ModelJson} out of step with the
 * schema), not a user error. The compiled schema is shared and immutable, so instances are cheap and thread-safe.
 */
public final class ModelValidator {

  /** Where the build puts the schema on the class path. */
  public static final String SCHEMA = "classpath:schemas/service-model.schema.json";

  private static final class Holder {
    static final Schema SCHEMA_INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SCHEMA));
  }

  /**
   * Starts compiling the schema on another thread, so that it is ready when the project has loaded; a failure
   * here fails again, reported, on first use.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        Object unused = Holder.SCHEMA_INSTANCE;
      } catch (RuntimeException | java.lang.Error e) {
        // reported where it is used
      }
    }, "gen-model-schema");
    t.setDaemon(true);
    t.start();
  }

  /** The violations of the schema, one line each ({@code /services/0/name: ...}); empty when valid. */
  public List<String> validate(JsonNode modelJson) {
    List<Error> errors = Holder.SCHEMA_INSTANCE.validate(modelJson);
    return errors.stream().map(Error::toString).sorted().toList();
  }

  /** The violations of {@code project}'s JSON form. */
  public List<String> validate(Project project) {
    return validate(ModelJson.toJson(project));
  }
}
