package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Hints;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code x-juju} and {@code x-brooklyn} → {@link Hints}, as plain JSON-like values (sorted maps, lists, strings,
 * numbers, booleans, null). Compose input is checked against the hints schema before ({@link HintsSchema}); a tree
 * made some other way only has to hold mappings here.
 */
final class HintsReader {

  static final String INVALID_HINTS = "model.invalid-hints";

  private HintsReader() {}

  static Hints read(YNode juju, String jujuPath, YNode brooklyn, String brooklynPath, Diagnostics diagnostics) {
    return new Hints(block(juju, jujuPath, diagnostics), block(brooklyn, brooklynPath, diagnostics));
  }

  private static Map<String, Object> block(YNode node, String path, Diagnostics diagnostics) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!(node instanceof YMap map)) {
      diagnostics.warn(INVALID_HINTS, path + " must be a mapping of hints; it is ignored", node.location(), path);
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) plain(map);
    return values;
  }

  /** The value without locations; maps sorted by key so that the model does not depend on source order. */
  static Object plain(YNode node) {
    if (node instanceof YMap map) {
      Map<String, Object> out = new TreeMap<>();
      for (Map.Entry<String, YNode> e : map.entries()) {
        out.put(e.getKey(), plain(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (node instanceof YSeq seq) {
      List<Object> out = new ArrayList<>(seq.size());
      for (YNode item : seq.items()) {
        out.add(plain(item));
      }
      return Collections.unmodifiableList(out);
    }
    return ((YScalar) node).value();
  }
}
