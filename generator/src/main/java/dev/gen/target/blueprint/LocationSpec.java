package dev.gen.target.blueprint;

import dev.gen.diag.GenException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The {@code location:} of a blueprint, from {@code --location}: a plain spec string ({@code localhost},
 * {@code named:my-cloud}, {@code jclouds:aws-ec2:eu-west-1}, {@code docker}) or a YAML/JSON flow map such as
 * {@code {localhost: {address: 127.0.0.1}}}.
 */
final class LocationSpec {

  private LocationSpec() {}

  /** The YAML text that follows {@code location:} (a space and a scalar, or a newline and a nested block). */
  static String yaml(String spec) {
    String s = spec.strip();
    if (!(s.startsWith("{") || s.startsWith("["))) {
      if (s.contains("\n")) {
        throw GenException.usage("--location: a location spec is one line");
      }
      return " " + YamlWriter.scalar(s) + "\n";
    }
    Object parsed;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setNestingDepthLimit(20);
      options.setCodePointLimit(64 * 1024);
      parsed = new Yaml(new SafeConstructor(options)).load(s);
    } catch (YAMLException | IllegalArgumentException e) {
      throw GenException.usage("--location: not a valid YAML map: " + firstLine(e.getMessage()));
    }
    Object clean = clean(parsed);
    if (clean instanceof Map<?, ?> map && !map.isEmpty()) {
      return "\n" + YamlWriter.map(map, 2);
    }
    throw GenException.usage("--location: expected a map such as {localhost: {address: 127.0.0.1}}");
  }

  /** Keys become strings; values keep their YAML type. */
  private static Object clean(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), clean(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(LocationSpec::clean).toList();
    }
    if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Long) {
      return o;
    }
    return String.valueOf(o);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
