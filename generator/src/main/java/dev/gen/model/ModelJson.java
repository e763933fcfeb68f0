package dev.gen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YJson;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The service model as JSON, the form {@code gen model} prints and {@code schemas/service-model.schema.json}
 * describes:
 *
 * <ul>
 *   <li>objects have the record components' names (camelCase), in declaration order;
 *   <li>a null value is <em>omitted</em>: an absent property means "not given"; lists and maps are always present
 *       (possibly empty), and null values inside maps (build arguments, hints) are written as {@code null};
 *   <li>durations are Go duration strings ({@code 1m30s}, {@code 500ms}); locations are {@code file:line:column}
 *       strings (the unknown parts dropped); enums are their names in lower case ({@code service_healthy});
 *   <li>map entries are sorted by key, so the same model always gives the same bytes.
 * </ul>
 *
 * {@link #read} turns such JSON back into the model.
 */
public final class ModelJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .changeDefaultPropertyInclusion(inclusion -> inclusion
          .withValueInclusion(JsonInclude.Include.NON_NULL)
          .withContentInclusion(JsonInclude.Include.ALWAYS))
      .addModule(new SimpleModule("gen-model")
          .addSerializer(Duration.class, new DurationSerializer())
          .addDeserializer(Duration.class, new DurationDeserializer())
          .addSerializer(SourceLocation.class, new LocationSerializer())
          .addDeserializer(SourceLocation.class, new LocationDeserializer()))
      .build();

  private ModelJson() {}

  /** The model as a JSON tree. */
  public static JsonNode toJson(Project project) {
    return MAPPER.valueToTree(project);
  }

  /** The model as pretty-printed JSON (two-space indentation, a final newline). */
  public static String write(Project project) {
    return YJson.write(toJson(project));
  }

  /**
   * The model from its JSON form.
   *
   * @throws tools.jackson.core.JacksonException when the text is not a model's JSON
   */
  public static Project read(String json) {
    return MAPPER.readValue(json, Project.class);
  }

  /** The model from its JSON tree. */
  public static Project read(JsonNode json) {
    return MAPPER.treeToValue(json, Project.class);
  }

  private static final class DurationSerializer extends StdSerializer<Duration> {
    DurationSerializer() {
      super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(GoDuration.format(value));
    }
  }

  private static final class DurationDeserializer extends StdDeserializer<Duration> {
    DurationDeserializer() {
      super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = p.getString();
      return GoDuration.parse(text).orElseThrow(
          () -> ctxt.weirdStringException(text, Duration.class, "not a Go duration such as 1m30s"));
    }
  }

  private static final class LocationSerializer extends StdSerializer<SourceLocation> {
    LocationSerializer() {
      super(SourceLocation.class);
    }

    @Override
    public void serialize(SourceLocation value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  /** The inverse of {@link SourceLocation#toString()}: trailing {@code :line[:column]} numbers, if any. */
  private static final class LocationDeserializer extends StdDeserializer<SourceLocation> {
    private static final Pattern LINE_COLUMN = Pattern.compile("(.*?):(\\d+)(?::(\\d+))?");

    LocationDeserializer() {
      super(SourceLocation.class);
    }

    @Override
    public SourceLocation deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = p.getString();
      if (text.equals(SourceLocation.UNKNOWN.toString())) {
        return SourceLocation.UNKNOWN;
      }
      Matcher m = LINE_COLUMN.matcher(text);
      if (m.matches() && !m.group(1).isEmpty()) {
        try {
          int line = Integer.parseInt(m.group(2));
          int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
          return new SourceLocation(m.group(1), line, column);
        } catch (NumberFormatException e) {
          // too many digits: treat the text as a file name
        }
      }
      return SourceLocation.of(text);
    }
  }
}
