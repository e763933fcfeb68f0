package dev.gen.target.bundle.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A parsed bundle file as the rules see it: its documents (the first is the base, the others overlays), the
 * bundle they compose to, and the charms it references.
 */
public final class BundleDocument {

  private final List<Node> documents;
  private final MappingNode merged;
  private final CharmSource charms;
  private final Map<String, Optional<CharmMetadata>> metadata = new HashMap<>();

  BundleDocument(List<Node> documents, CharmSource charms) {
    this.documents = documents;
    this.charms = charms;
    List<MappingNode> maps = new ArrayList<>();
    for (Node d : documents) {
      if (d instanceof MappingNode m) {
        maps.add(m);
      }
    }
    // one document is its own composition, with every node where the file has it
    this.merged = maps.isEmpty() ? null : maps.size() == 1 ? maps.get(0) : BundleYaml.merge(maps);
  }

  /** Every document, null for an empty one. */
  List<Node> documents() {
    return documents;
  }

  /** The base document, when it is a mapping. */
  MappingNode base() {
    return documents.isEmpty() || !(documents.get(0) instanceof MappingNode m) ? null : m;
  }

  /** The bundle the documents compose to; null when no document is a mapping. */
  MappingNode merged() {
    return merged;
  }

  Node top(String key) {
    return merged == null ? null : BundleYaml.get(merged, key);
  }

  boolean kubernetes() {
    return "kubernetes".equals(BundleYaml.scalar(top("bundle")));
  }

  /** The applications by name, with their key (for locations) and value (possibly null). */
  Map<String, NodeTuple> applications() {
    return BundleYaml.entries(top("applications"));
  }

  /** The applications whose value is a mapping. */
  Map<String, MappingNode> applicationMaps() {
    Map<String, MappingNode> apps = new LinkedHashMap<>();
    applications().forEach((name, t) -> {
      if (t.getValueNode() instanceof MappingNode m) {
        apps.put(name, m);
      }
    });
    return apps;
  }

  Map<String, NodeTuple> saas() {
    return BundleYaml.entries(top("saas"));
  }

  Map<String, NodeTuple> machines() {
    return BundleYaml.entries(top("machines"));
  }

  /** An application's unit count: num_units, or scale in a Kubernetes bundle; 0 when unset or not a number. */
  long units(MappingNode app) {
    Long n = BundleYaml.intValue(BundleYaml.get(app, "num_units"));
    Long s = BundleYaml.intValue(BundleYaml.get(app, "scale"));
    long units = n != null && n > 0 ? n : s != null ? s : n != null ? n : 0;
    return Math.max(0, units);
  }

  /** The charm reference of an application, or null. */
  static String charm(MappingNode app) {
    return BundleYaml.scalar(BundleYaml.get(app, "charm"));
  }

  static boolean isLocal(String charm) {
    return charm.startsWith(".") || charm.startsWith("/");
  }

  /** The metadata of an application's charm, if it can be found. */
  Optional<CharmMetadata> metadata(MappingNode app) {
    String charm = charm(app);
    if (charm == null || charm.isEmpty()) {
      return Optional.empty();
    }
    return metadata.computeIfAbsent(charm, c -> {
      if (isLocal(c)) {
        return charms.local(c);
      }
      String name = c.substring(c.indexOf(':') + 1);
      name = name.substring(name.lastIndexOf('/') + 1);
      Long revision = JujuSyntax.charmUrl(c) == null ? JujuSyntax.urlRevision(c) : null;
      if (revision != null) {
        name = name.substring(0, name.length() - String.valueOf(revision).length() - 1);
      }
      return charms.charmhub(name);
    });
  }
}
