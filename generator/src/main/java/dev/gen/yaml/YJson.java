package dev.gen.yaml;

import dev.gen.diag.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts located trees to and from Jackson JSON trees, and prints them the way the conformance data is written:
 * keys sorted, two-space indentation, {@code "key": value}, a final newline.
 */
public final class YJson {

  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectWriter PRETTY = MAPPER.writer().with(prettyPrinter());

  private YJson() {}

  /** The pretty printer used for every JSON document gen prints. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** A JSON tree of {@code node}; mapping keys sorted when {@code sortKeys}. */
  public static JsonNode toJson(YNode node, boolean sortKeys) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof YMap map) {
      ObjectNode obj = f.objectNode();
      List<String> keys = new ArrayList<>(map.keys());
      if (sortKeys) {
        keys.sort(null);
      }
      for (String key : keys) {
        obj.set(key, toJson(map.get(key), sortKeys));
      }
      return obj;
    }
    if (node instanceof YSeq seq) {
      ArrayNode arr = f.arrayNode();
      for (YNode item : seq.items()) {
        arr.add(toJson(item, sortKeys));
      }
      return arr;
    }
    Object v = ((YScalar) node).value();
    if (v == null) {
      return f.nullNode();
    }
    if (v instanceof String s) {
      return f.textNode(s);
    }
    if (v instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (v instanceof Long l) {
      return f.numberNode(l);
    }
    if (v instanceof BigInteger b) {
      return f.numberNode(b);
    }
    double d = (Double) v;
    // integral doubles print without a fraction, as Go's encoding/json does (cpus: 2 rather than 2.0)
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return f.numberNode((long) d);
    }
    return f.numberNode(d);
  }

  /** A located tree from a JSON tree; every node gets {@code location}. */
  public static YNode fromJson(JsonNode json, SourceLocation location) {
    if (json.isObject()) {
      YMap map = new YMap(location);
      for (Map.Entry<String, JsonNode> e : json.properties()) {
        map.put(e.getKey(), location, fromJson(e.getValue(), location));
      }
      return map;
    }
    if (json.isArray()) {
      YSeq seq = new YSeq(location);
      for (JsonNode item : json) {
        seq.add(fromJson(item, location));
      }
      return seq;
    }
    if (json.isNull() || json.isMissingNode()) {
      return YScalar.nullAt(location);
    }
    if (json.isBoolean()) {
      return YScalar.of(json.booleanValue(), location);
    }
    if (json.isIntegralNumber()) {
      return json.canConvertToLong() ? YScalar.of(json.longValue(), location)
          : YScalar.of(json.bigIntegerValue(), location);
    }
    if (json.isNumber()) {
      return YScalar.of(json.doubleValue(), location);
    }
    return YScalar.ofString(json.asString(), location);
  }

  /** Parses JSON text into a located tree (all nodes located at the file itself). */
  public static YNode parse(String jsonText, String fileName) {
    return fromJson(MAPPER.readTree(jsonText), SourceLocation.of(fileName));
  }

  /** Pretty JSON with sorted keys and a final newline. */
  public static String write(YNode node) {
    return write(toJson(node, true));
  }

  /** Pretty JSON with a final newline. */
  public static String write(JsonNode node) {
    return PRETTY.writeValueAsString(node) + "\n";
  }
}
