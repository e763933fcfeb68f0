package dev.gen.target.bundle.verify;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
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
 * A bundle file as Juju's YAML decoder sees it (YAML 1.1 types, several documents), kept as nodes so that every
 * problem points at its line.
 */
final class BundleYaml {

  private BundleYaml() {}

  /**
   * The documents of a bundle file; an empty document is null.
   *
   * @throws IllegalArgumentException when the text is not YAML, or a mapping repeats a key
   */
  static List<Node> documents(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit(8 * 1024 * 1024);
    List<Node> documents = new ArrayList<>();
    try {
      for (Node node : new Yaml(new SafeConstructor(options)).composeAll(new StringReader(text))) {
        checkDuplicateKeys(node);
        documents.add(node);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage().replaceAll("\\s+", " ").trim(), e);
    }
    return documents;
  }

  private static void checkDuplicateKeys(Node node) {
    if (node instanceof MappingNode m) {
      Set<String> seen = new HashSet<>();
      for (NodeTuple t : m.getValue()) {
        String key = scalar(t.getKeyNode());
        if (key != null && !seen.add(key)) {
          throw new IllegalArgumentException("line " + (t.getKeyNode().getStartMark().getLine() + 1)
              + ": mapping key \"" + key + "\" already defined");
        }
        checkDuplicateKeys(t.getValueNode());
      }
    } else if (node instanceof SequenceNode s) {
      s.getValue().forEach(BundleYaml::checkDuplicateKeys);
    }
  }

  /** A scalar's text, or null for anything else. */
  static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** A plain or quoted scalar that YAML reads as a string. */
  static boolean isString(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
  }

  static boolean isNull(Node node) {
    return node == null || node.getTag().equals(Tag.NULL);
  }

  static boolean isInt(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.INT);
  }

  /** An int scalar's value, or null when it is not an int (or too large for Juju's int). */
  static Long intValue(Node node) {
    if (!isInt(node)) {
      return null;
    }
    try {
      Object v = new Yaml(new SafeConstructor(new LoaderOptions())).load(((ScalarNode) node).getValue());
      return v instanceof Number n && !(v instanceof java.math.BigInteger) ? n.longValue() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The entries of a mapping by key (non-scalar keys are left out), in order. */
  static Map<String, NodeTuple> entries(Node node) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = scalar(t.getKeyNode());
        if (key != null) {
          entries.put(key, t);
        }
      }
    }
    return entries;
  }

  /** The value of a key in a mapping, or null. */
  static Node get(Node mapping, String key) {
    NodeTuple t = entries(mapping).get(key);
    return t == null ? null : t.getValueNode();
  }

  /**
   * Juju's overlay merge (bundle-yaml-file.rst): applications merge key by key (options too), an application with no
   * properties removes it and its relations, relations append, {@code machines} and the other top-level keys
   * replace.
   */
  static MappingNode merge(List<MappingNode> documents) {
    Map<String, Node> top = new LinkedHashMap<>();
    Map<String, NodeTuple> topKeys = new LinkedHashMap<>();
    Map<String, Map<String, NodeTuple>> applications = new LinkedHashMap<>();
    Map<String, NodeTuple> appKeys = new LinkedHashMap<>();
    List<Node> relations = new ArrayList<>();
    NodeTuple applicationsKey = null;
    NodeTuple relationsKey = null;
    Set<String> removed = new HashSet<>();
    for (int d = 0; d < documents.size(); d++) {
      boolean overlay = d > 0;
      for (Map.Entry<String, NodeTuple> e : entries(documents.get(d)).entrySet()) {
        Node value = e.getValue().getValueNode();
        switch (e.getKey()) {
          case "applications" -> {
            applicationsKey = applicationsKey == null ? e.getValue() : applicationsKey;
            for (Map.Entry<String, NodeTuple> app : entries(value).entrySet()) {
              Node props = app.getValue().getValueNode();
              if (overlay && (isNull(props) || (props instanceof MappingNode m && m.getValue().isEmpty()))) {
                applications.remove(app.getKey());
                appKeys.remove(app.getKey());
                removed.add(app.getKey());
                continue;
              }
              appKeys.putIfAbsent(app.getKey(), app.getValue());
              Map<String, NodeTuple> merged = applications.computeIfAbsent(app.getKey(), k -> new LinkedHashMap<>());
              if (!overlay && !(props instanceof MappingNode)) {
                merged.put("", app.getValue());
                continue;
              }
              for (Map.Entry<String, NodeTuple> prop : entries(props).entrySet()) {
                NodeTuple old = merged.get(prop.getKey());
                if (prop.getKey().equals("options") && old != null) {
                  Map<String, NodeTuple> options = new LinkedHashMap<>(entries(old.getValueNode()));
                  options.putAll(entries(prop.getValue().getValueNode()));
                  merged.put("options", new NodeTuple(old.getKeyNode(), mapping(options.values())));
                } else {
                  merged.put(prop.getKey(), prop.getValue());
                }
              }
            }
          }
          case "relations" -> {
            relationsKey = relationsKey == null ? e.getValue() : relationsKey;
            if (value instanceof SequenceNode s) {
              relations.addAll(s.getValue());
            } else if (!overlay) {
              relationsKey = e.getValue();
            }
          }
          default -> {
            top.put(e.getKey(), value);
            topKeys.put(e.getKey(), e.getValue());
          }
        }
      }
    }
    List<NodeTuple> tuples = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> e : topKeys.entrySet()) {
      tuples.add(new NodeTuple(e.getValue().getKeyNode(), top.get(e.getKey())));
    }
    if (applicationsKey != null) {
      List<NodeTuple> apps = new ArrayList<>();
      for (Map.Entry<String, Map<String, NodeTuple>> app : applications.entrySet()) {
        NodeTuple key = appKeys.get(app.getKey());
        NodeTuple whole = app.getValue().get("");
        apps.add(whole != null ? whole : new NodeTuple(key.getKeyNode(), mapping(app.getValue().values())));
      }
      tuples.add(new NodeTuple(applicationsKey.getKeyNode(), mapping(apps)));
    }
    if (relationsKey != null) {
      List<Node> kept = relations.stream().filter(r -> !mentionsRemoved(r, removed)).toList();
      Node value = relationsKey.getValueNode() instanceof SequenceNode || !kept.isEmpty()
          ? new SequenceNode(Tag.SEQ, new ArrayList<>(kept), DumperOptions.FlowStyle.BLOCK)
          : relationsKey.getValueNode();
      tuples.add(new NodeTuple(relationsKey.getKeyNode(), value));
    }
    return mapping(tuples);
  }

  private static boolean mentionsRemoved(Node relation, Set<String> removed) {
    if (relation instanceof SequenceNode s) {
      for (Node end : s.getValue()) {
        String text = scalar(end);
        if (text != null) {
          int colon = text.indexOf(':');
          if (removed.contains(colon < 0 ? text : text.substring(0, colon))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static MappingNode mapping(java.util.Collection<NodeTuple> tuples) {
    return new MappingNode(Tag.MAP, new ArrayList<>(tuples), DumperOptions.FlowStyle.BLOCK);
  }
}
