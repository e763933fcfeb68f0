package dev.gen.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Prints a located tree as deterministic block YAML: keys sorted, two-space indentation, no line wrapping. A string
 * is written plain only when every YAML reader would read it back as the same string (neither go-yaml's YAML 1.2
 * rules nor SnakeYAML's YAML 1.1 rules make it a number, boolean, null or date); otherwise it is double-quoted.
 */
public final class YamlWriter {

  private static final Resolver YAML11 = new Resolver();

  private YamlWriter() {}

  public static String write(YNode root) {
    return write(root, true);
  }

  /**
   * Prints {@code root} with its mappings' keys in the tree's own order, for documents whose order means something
   * (the service model, whose records keep their declaration order).
   */
  public static String writeInOrder(YNode root) {
    return write(root, false);
  }

  private static String write(YNode root, boolean sortKeys) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    options.setExplicitStart(false);
    options.setAllowUnicode(true);
    StringWriter out = new StringWriter();
    Serializer serializer = new Serializer(new Emitter(out, options), new Resolver(), options, null);
    try {
      serializer.open();
      serializer.serialize(node(root, sortKeys));
      serializer.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Node node(YNode n, boolean sortKeys) {
    if (n instanceof YMap m) {
      List<NodeTuple> tuples = new ArrayList<>();
      List<String> keys = new ArrayList<>(m.keys());
      if (sortKeys) {
        keys.sort(null);
      }
      for (String k : keys) {
        tuples.add(new NodeTuple(string(k), node(m.get(k), sortKeys)));
      }
      return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }
    if (n instanceof YSeq s) {
      List<Node> items = new ArrayList<>();
      for (YNode item : s.items()) {
        items.add(node(item, sortKeys));
      }
      return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
    }
    YScalar s = (YScalar) n;
    Object v = s.value();
    if (v == null) {
      return new ScalarNode(Tag.NULL, "null", null, null, DumperOptions.ScalarStyle.PLAIN);
    }
    if (v instanceof String str) {
      return string(str);
    }
    if (v instanceof Boolean b) {
      return new ScalarNode(Tag.BOOL, b.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
    }
    if (v instanceof Double) {
      return new ScalarNode(Tag.FLOAT, s.asString(), null, null, DumperOptions.ScalarStyle.PLAIN);
    }
    return new ScalarNode(Tag.INT, v.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  private static ScalarNode string(String s) {
    boolean plainSafe = !s.isEmpty()
        && GoYamlScalars.implicit(s, true).kind() == GoYamlScalars.Kind.STR
        && GoYamlScalars.GoTime.parseTimestamp(s) == null
        && YAML11.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, s, true).equals(Tag.STR)
        && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
    return new ScalarNode(Tag.STR, s, null, null,
        plainSafe ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED);
  }
}
