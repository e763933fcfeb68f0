package dev.gen.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

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
    // the events SnakeYAML's Serializer would make of the equivalent node graph (whose nodes are all distinct, so
    // it has no anchors), given to the Emitter directly: no node graph, no anchor bookkeeping
    Emitter emitter = new Emitter(out, options);
    try {
      emitter.emit(new StreamStartEvent(null, null));
      emitter.emit(new DocumentStartEvent(null, null, false, null, null));
      emit(emitter, root, sortKeys);
      emitter.emit(new DocumentEndEvent(null, null, false));
      emitter.emit(new StreamEndEvent(null, null));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void emit(Emitter emitter, YNode n, boolean sortKeys) throws java.io.IOException {
    if (n instanceof YMap m) {
      emitter.emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, DumperOptions.FlowStyle.BLOCK));
      List<String> keys = new ArrayList<>(m.keys());
      if (sortKeys) {
        keys.sort(null);
      }
      for (String k : keys) {
        string(emitter, k);
        emit(emitter, m.get(k), sortKeys);
      }
      emitter.emit(new MappingEndEvent(null, null));
      return;
    }
    if (n instanceof YSeq s) {
      emitter.emit(new SequenceStartEvent(null, Tag.SEQ.getValue(), true, null, null, DumperOptions.FlowStyle.BLOCK));
      for (YNode item : s.items()) {
        emit(emitter, item, sortKeys);
      }
      emitter.emit(new SequenceEndEvent(null, null));
      return;
    }
    YScalar s = (YScalar) n;
    Object v = s.value();
    if (v == null) {
      scalar(emitter, Tag.NULL, "null", DumperOptions.ScalarStyle.PLAIN);
    } else if (v instanceof String str) {
      string(emitter, str);
    } else if (v instanceof Boolean b) {
      scalar(emitter, Tag.BOOL, b.toString(), DumperOptions.ScalarStyle.PLAIN);
    } else if (v instanceof Double) {
      scalar(emitter, Tag.FLOAT, s.asString(), DumperOptions.ScalarStyle.PLAIN);
    } else {
      scalar(emitter, Tag.INT, v.toString(), DumperOptions.ScalarStyle.PLAIN);
    }
  }

  /** A non-string scalar, its tag implicit when a YAML 1.1 reader resolves the plain text to it (as Serializer). */
  private static void scalar(Emitter emitter, Tag tag, String value, DumperOptions.ScalarStyle style)
      throws java.io.IOException {
    boolean plainImplicit = tag.equals(YAML11.resolve(NodeId.scalar, value, true));
    emitter.emit(new ScalarEvent(null, tag.getValue(), new ImplicitTuple(plainImplicit, false), value, null, null,
        style));
  }

  /** A string: plain when every reader reads it back as this string, else double-quoted. */
  private static void string(Emitter emitter, String s) throws java.io.IOException {
    boolean yaml11String = YAML11.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    boolean plainSafe = yaml11String
        && !s.isEmpty()
        && printable(s)
        && GoYamlScalars.implicit(s, true).kind() == GoYamlScalars.Kind.STR
        && GoYamlScalars.GoTime.parseTimestamp(s) == null;
    emitter.emit(new ScalarEvent(null, Tag.STR.getValue(), new ImplicitTuple(yaml11String, true), s, null, null,
        plainSafe ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED));
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }
}
