package dev.gen.target.charm.validate;

import dev.gen.diag.SourceLocation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A {@code charmcraft.yaml} as the Python tools read it (SnakeYAML's YAML 1.1 safe loading, like PyYAML's
 * {@code safe_load}), with the line of every key so that rule violations point at the file.
 */
public final class CharmYaml {

  private final String fileName;
  private final Map<String, Object> root;
  private final Map<String, Integer> lines = new HashMap<>();

  private CharmYaml(String fileName, Map<String, Object> root) {
    this.fileName = fileName;
    this.root = root;
  }

  /**
   * Parses the text.
   *
   * @throws IllegalArgumentException when the text is not YAML or its top level is not a mapping
   */
  @SuppressWarnings("unchecked")
  public static CharmYaml parse(String text, String fileName) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    // parsed once: the node graph gives the lines, then the same graph is constructed (what Yaml.load does)
    NodeConstructor constructor = new NodeConstructor(options);
    Map<String, Integer> lines = new HashMap<>();
    Object loaded;
    try {
      Node node = new Yaml(constructor).compose(new java.io.StringReader(text));
      if (node != null) {
        index(node, "", lines);
      }
      loaded = node == null || Tag.NULL.equals(node.getTag()) ? null : constructor.construct(node);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the top level is not a mapping");
    }
    CharmYaml doc = new CharmYaml(fileName, new LinkedHashMap<>((Map<String, Object>) map));
    doc.lines.putAll(lines);
    return doc;
  }

  /** SnakeYAML's safe constructor, applied to a node graph composed already. */
  private static final class NodeConstructor extends SafeConstructor {
    NodeConstructor(LoaderOptions options) {
      super(options);
    }

    Object construct(Node node) {
      return constructDocument(node);
    }
  }

  private static void index(Node node, String path, Map<String, Integer> lines) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          String child = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
          lines.put(child, k.getStartMark().getLine() + 1);
          index(t.getValueNode(), child, lines);
        }
      }
    } else if (node instanceof SequenceNode s) {
      List<Node> items = s.getValue();
      for (int i = 0; i < items.size(); i++) {
        String child = path + "[" + i + "]";
        lines.put(child, items.get(i).getStartMark().getLine() + 1);
        index(items.get(i), child, lines);
      }
    }
  }

  public Map<String, Object> root() {
    return root;
  }

  public String fileName() {
    return fileName;
  }

  /** Where a key path is, or the file when the path is not in it. */
  public SourceLocation location(String keyPath) {
    String p = keyPath;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return new SourceLocation(fileName, line, 0);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return SourceLocation.of(fileName);
  }

  /** A top-level mapping, or an empty one when the key is absent or not a mapping. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> section(String key) {
    Object v = root.get(key);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object v) {
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }
}
