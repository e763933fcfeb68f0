package dev.gen.compose;

import com.networknt.schema.path.NodePath;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;

/** Finds the YAML node a JSON-schema error points at, so that the error can carry that node's location. */
public final class SchemaNodes {

  private SchemaNodes() {}

  /** The node at the error's instance path, or the deepest existing node on the way (a missing key's parent). */
  public static YNode at(YNode root, NodePath path) {
    YNode n = root;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      YNode next = null;
      if (n instanceof YMap m) {
        next = m.get(path.getName(i));
      } else if (n instanceof YSeq s && el instanceof Integer idx && idx < s.size()) {
        next = s.get(idx);
      }
      if (next == null) {
        break;
      }
      n = next;
    }
    return n;
  }
}
