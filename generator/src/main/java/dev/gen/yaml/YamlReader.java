package dev.gen.yaml;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into located trees, with the semantics of go-yaml v3 (the library Compose uses) and defences against
 * hostile input. SnakeYAML parses and composes the node graph; this class then types scalars
 * ({@link GoYamlScalars}), expands aliases and {@code <<} merge keys, rejects duplicate and non-string keys and
 * recursive aliases, and enforces {@link YamlLimits}. Custom tags such as {@code !reset} are kept in
 * {@link YNode#tag()}. Every failure is a {@link GenException} with file, line and column.
 */
public final class YamlReader {

  /** The tag SnakeYAML gives scalars that had no explicit tag (see {@link UntypedResolver}). */
  private static final Tag IMPLICIT = new Tag("tag:gen.dev,2025:implicit");

  private final YamlLimits limits;

  public YamlReader() {
    this(YamlLimits.DEFAULT);
  }

  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads every document of a file.
   *
   * @param displayName the name used in messages (for example the path relative to the project directory)
   */
  public List<YNode> readFile(Path file, String displayName) {
    return readAll(readBytes(file, displayName, limits.maxBytes()), displayName);
  }

  /** Reads a file's bytes, refusing directories, missing files and files over {@code maxBytes}. */
  public static byte[] readBytes(Path file, String displayName, long maxBytes) {
    SourceLocation at = SourceLocation.of(displayName);
    if (Files.isDirectory(file)) {
      throw GenException.at(at, "", "file.is-directory", displayName + " is a directory, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a FIFO blocks in open() until something writes to it, and a device can be endless: read regular files only
      throw GenException.at(at, "", "file.not-regular",
          displayName + " is not a regular file (a FIFO, a socket or a device); gen reads only regular files")
          .withHint("save what it holds into a file and name that file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      // read at most one byte more than allowed: /dev/zero or a huge file must not be read whole
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw GenException.at(at, "", "file.too-large",
            displayName + " is larger than " + (maxBytes / (1024 * 1024)) + " MiB; gen does not read files that big");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw GenException.at(at, "", "file.not-found", "open " + displayName + ": no such file or directory");
    } catch (IOException e) {
      throw GenException.at(at, "", "file.unreadable", "cannot read " + displayName + ": " + e.getMessage());
    }
  }

  /** Reads every document of a YAML text given as bytes. */
  public List<YNode> readAll(byte[] bytes, String displayName) {
    if (bytes.length > limits.maxBytes()) {
      throw GenException.at(SourceLocation.of(displayName), "", "file.too-large",
          displayName + " is larger than " + (limits.maxBytes() / (1024 * 1024)) + " MiB");
    }
    return readAll(SourceText.decode(bytes, displayName), displayName);
  }

  /** Reads every document of a YAML text. An empty stream gives an empty list; an empty document a null scalar. */
  public List<YNode> readAll(String text, String displayName) {
    SourceText.checkCharacters(text, displayName, "a YAML file");
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // checked here, with both locations
    options.setMaxAliasesForCollections(Integer.MAX_VALUE); // the expansion budget below is the real guard
    options.setAllowRecursiveKeys(true); // rejected below with a located message
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1));
    options.setProcessComments(false);
    ParserImpl parser = new ParserImpl(new StreamReader(text), options);
    Composer composer = new Composer(parser, new UntypedResolver(), options);
    List<YNode> documents = new ArrayList<>();
    try {
      while (composer.checkNode()) {
        Node node = composer.getNode();
        documents.add(new Converter(displayName, limits).convert(node));
      }
    } catch (GenException e) {
      throw e;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? e.getContext() + ": " : "";
      throw GenException.at(location(displayName, mark), "", "yaml.syntax",
          "invalid YAML: " + context + problem);
    } catch (YAMLException e) {
      throw GenException.at(currentLocation(parser, displayName), "", "yaml.syntax", describe(e));
    } catch (StackOverflowError | RuntimeException e) {
      throw GenException.at(currentLocation(parser, displayName), "", "yaml.syntax",
          "invalid YAML (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    }
    return documents;
  }

  private String describe(YAMLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.startsWith("Nesting Depth exceeded")) {
      return "the document is nested deeper than " + limits.maxDepth() + " levels";
    }
    return "invalid YAML: " + msg;
  }

  private static SourceLocation currentLocation(ParserImpl parser, String displayName) {
    try {
      Event event = parser.peekEvent();
      return event == null ? SourceLocation.of(displayName) : location(displayName, event.getStartMark());
    } catch (RuntimeException e) {
      return SourceLocation.of(displayName);
    }
  }

  static SourceLocation location(String file, Mark mark) {
    return mark == null ? SourceLocation.of(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** A resolver that types nothing: typing is go-yaml's, done by {@link GoYamlScalars}. */
  private static final class UntypedResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // no YAML 1.1 implicit types
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      return switch (kind) {
        case scalar -> IMPLICIT;
        case sequence -> Tag.SEQ;
        default -> Tag.MAP;
      };
    }
  }

  /** Converts one composed document, expanding aliases within the budget. */
  private static final class Converter {
    private final String file;
    private final YamlLimits limits;
    /** Nodes on the current path, to reject an alias that contains itself. */
    private final Map<Node, Integer> active = new IdentityHashMap<>();
    /** Nodes already converted once: converting them again is alias expansion, which is budgeted. */
    private final Map<Node, Boolean> seen = new IdentityHashMap<>();
    /** Scalars are immutable: an alias expansion reuses the scalar converted the first time. */
    private final Map<Node, YScalar> scalars = new IdentityHashMap<>();
    /** The keys and indexes from the root to the node being converted (a path is only spelled out for errors). */
    private final List<Object> path = new ArrayList<>();
    private long expanded;
    /** Where the document was last read in place (not through an alias): where an expansion is reported. */
    private SourceLocation site;
    /** The key {@link #key} converted last. */
    private YScalar lastKey;

    Converter(String file, YamlLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    YNode convert(Node root) {
      return node(root, 0, false);
    }

    private SourceLocation at(Node n) {
      return location(file, n.getStartMark());
    }

    /** The current path as {@code services.web.ports[1]}. */
    private String path() {
      return spell(path.size());
    }

    private String spell(int length) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        Object seg = path.get(i);
        if (seg instanceof Integer idx) {
          sb.append('[').append(idx).append(']');
        } else {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(seg);
        }
      }
      return sb.toString();
    }

    private YNode node(Node n, int depth, boolean viaAlias) {
      // only an anchored node can be reached twice; tracking the others would only cost time
      boolean repeat = n.getAnchor() != null && seen.put(n, Boolean.TRUE) != null;
      if (repeat || viaAlias) {
        if (++expanded > limits.maxAliasNodes()) {
          throw GenException.at(site != null ? site : at(n), path(), "yaml.alias-budget",
              "aliases expand to more than " + limits.maxAliasNodes()
                  + " nodes (a \"billion laughs\" document?); gen refuses to expand it");
        }
      }
      if (depth > limits.maxDepth()) {
        throw GenException.at(at(n), path(), "yaml.too-deep",
            "the document is nested deeper than " + limits.maxDepth() + " levels");
      }
      Integer ownerDepth = n.getAnchor() == null ? null : active.get(n);
      if (ownerDepth != null) {
        throw GenException.at(at(n), path(), "yaml.recursive-alias",
            "cycle detected: node at path " + display(path()) + " references node at path "
                + display(spell(ownerDepth)));
      }
      if (n instanceof ScalarNode s) {
        if (!repeat && !viaAlias && n.getAnchor() == null) {
          return scalar(s);
        }
        YScalar cached = scalars.get(s);
        if (cached == null) {
          cached = scalar(s);
          scalars.put(s, cached);
        }
        return cached;
      }
      boolean anchored = n.getAnchor() != null;
      if (anchored) {
        active.put(n, path.size());
      }
      try {
        boolean expanding = repeat || viaAlias;
        if (n instanceof SequenceNode seq) {
          return sequence(seq, depth, expanding);
        }
        return mapping((MappingNode) n, depth, expanding);
      } finally {
        if (anchored) {
          active.remove(n);
        }
      }
    }

    private static String display(String path) {
      return path.isEmpty() ? "(root)" : path;
    }

    private String tagOf(Node n) {
      Tag t = n.getTag();
      if (t == null || t == IMPLICIT || t.equals(IMPLICIT) || t.equals(Tag.SEQ) || t.equals(Tag.MAP)) {
        return "";
      }
      return t.getValue();
    }

    private YScalar scalar(ScalarNode s) {
      String tag = tagOf(s);
      String text = s.getValue();
      boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      GoYamlScalars.Resolved r;
      if (tag.isEmpty() || tag.equals("!")) {
        r = GoYamlScalars.implicit(text, plain && !tag.equals("!"));
      } else {
        String[] error = new String[1];
        r = GoYamlScalars.explicit(tag, text, error);
        if (r == null) {
          throw GenException.at(at(s), path(), "yaml.bad-tag", error[0]);
        }
      }
      Object value = r.kind() == GoYamlScalars.Kind.MERGE ? text : r.value();
      return new YScalar(value, text, plain, at(s), customTag(tag));
    }

    private static String customTag(String tag) {
      return tag.startsWith("!") && !tag.startsWith("!!") && !tag.equals("!") ? tag : "";
    }

    private YSeq sequence(SequenceNode seq, int depth, boolean viaAlias) {
      List<YNode> items = new ArrayList<>(seq.getValue().size());
      SourceLocation here = at(seq);
      int i = 0;
      for (Node item : seq.getValue()) {
        if (!viaAlias) {
          site = here;
        }
        path.add(i++);
        items.add(node(item, depth + 1, viaAlias));
        path.remove(path.size() - 1);
      }
      return new YSeq(items, here, customTag(tagOf(seq)));
    }

    private YMap mapping(MappingNode m, int depth, boolean viaAlias) {
      YMap map = new YMap(at(m), customTag(tagOf(m)));
      // an expansion repeats a mapping that was checked for duplicates when first read
      Map<String, Mark> firstSeen = viaAlias ? null : new HashMap<>();
      List<NodeTuple> merges = null;
      for (NodeTuple tuple : m.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (isMergeKey(keyNode)) {
          if (firstSeen != null) {
            Mark previous = firstSeen.put("<<", keyNode.getStartMark());
            if (previous != null) {
              throw duplicate(keyNode, "<<", previous);
            }
          }
          if (merges == null) {
            merges = new ArrayList<>(2);
          }
          merges.add(tuple);
          continue;
        }
        String key = key(keyNode);
        if (firstSeen != null) {
          Mark previous = firstSeen.put(key, keyNode.getStartMark());
          if (previous != null) {
            throw duplicate(keyNode, key, previous);
          }
        }
        SourceLocation keyAt = lastKey.location();
        if (!viaAlias) {
          site = keyAt;
        }
        path.add(key);
        map.put(key, keyAt, node(tuple.getValueNode(), depth + 1, viaAlias));
        path.remove(path.size() - 1);
      }
      if (merges != null) {
        for (NodeTuple merge : merges) {
          if (!viaAlias) {
            site = at(merge.getKeyNode());
          }
          applyMerge(map, merge.getValueNode(), at(merge.getKeyNode()), depth);
        }
      }
      return map;
    }

    /** go-yaml's merge: explicit keys win; with a list of maps, earlier maps win. */
    private void applyMerge(YMap target, Node merge, SourceLocation key, int depth) {
      List<Node> sources = new ArrayList<>();
      if (merge instanceof MappingNode) {
        sources.add(merge);
      } else if (merge instanceof SequenceNode seq) {
        for (Node item : seq.getValue()) {
          if (!(item instanceof MappingNode)) {
            throw mergeError(key);
          }
          sources.add(item);
        }
      } else {
        throw mergeError(key);
      }
      for (Node source : sources) {
        YMap from = (YMap) node(source, depth, true);
        for (Map.Entry<String, YNode> e : from.entries()) {
          if (!target.has(e.getKey())) {
            target.put(e.getKey(), from.keyLocation(e.getKey()), e.getValue());
          }
        }
      }
    }

    private GenException mergeError(SourceLocation key) {
      return GenException.at(key, path(), "yaml.merge", "map merge requires map or sequence of maps as the value");
    }

    private boolean isMergeKey(Node keyNode) {
      return keyNode instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
          && IMPLICIT.equals(s.getTag()) && "<<".equals(s.getValue());
    }

    private GenException duplicate(Node keyNode, String key, Mark previous) {
      SourceLocation first = location(file, previous);
      Diagnostic d = Diagnostic.error("yaml.duplicate-key",
          "mapping key \"" + key + "\" already defined at line " + first.line(), at(keyNode), path())
          .withHint("the first definition is at " + first);
      return new GenException(d);
    }

    private String key(Node keyNode) {
      if (!(keyNode instanceof ScalarNode s)) {
        throw nonStringKey(keyNode, keyNode instanceof SequenceNode ? "[...]" : "{...}");
      }
      YScalar k = s.getAnchor() == null ? null : scalars.get(s);
      if (k == null) {
        k = scalar(s);
        if (s.getAnchor() != null) {
          scalars.put(s, k);
        }
      }
      lastKey = k;
      if (!(k.value() instanceof String str) || looksLikeTimestampKey(s)) {
        throw nonStringKey(keyNode, k.value() == null ? "<nil>" : k.asString());
      }
      if (str.length() > limits.maxKeyLength()) {
        throw GenException.at(at(keyNode), path(), "yaml.key-too-long",
            "a mapping key is longer than " + limits.maxKeyLength() + " characters");
      }
      return str;
    }

    /** A plain date key decodes to a time in go-yaml, which Compose then rejects as a non-string key. */
    private boolean looksLikeTimestampKey(ScalarNode s) {
      return s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && IMPLICIT.equals(s.getTag())
          && !s.getValue().isEmpty() && Character.isDigit(s.getValue().charAt(0))
          && GoYamlScalars.GoTime.parseTimestamp(s.getValue()) != null;
    }

    private GenException nonStringKey(Node keyNode, String shown) {
      String p = path();
      String where = p.isEmpty() ? "at top level" : "in " + p;
      return GenException.at(at(keyNode), p, "yaml.non-string-key", "Non-string key " + where + ": " + shown);
    }
  }
}
