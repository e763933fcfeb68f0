package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the top-level networks, volumes, secrets and configs no active service uses, as {@code docker compose config}
 * does ({@code Project.WithoutUnnecessaryResources}).
 */
final class UnusedResources {

  private UnusedResources() {}

  static void prune(YMap project) {
    Set<String> networks = new HashSet<>();
    Set<String> volumes = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    Set<String> configs = new HashSet<>();
    if (project.get("services") instanceof YMap services) {
      for (String name : services.keys()) {
        if (!(services.get(name) instanceof YMap s)) {
          continue;
        }
        if (s.get("networks") instanceof YMap n) {
          networks.addAll(n.keys());
        }
        if (s.get("volumes") instanceof YSeq vs) {
          for (YNode v : vs.items()) {
            if (v instanceof YMap m && "volume".equals(Nodes.string(m.get("type")))) {
              String src = Nodes.string(m.get("source"));
              if (src != null && !src.isEmpty()) {
                volumes.add(src);
              }
            }
          }
        }
        sources(s.get("secrets"), secrets);
        if (s.get("build") instanceof YMap b) {
          sources(b.get("secrets"), secrets);
        }
        sources(s.get("configs"), configs);
      }
    }
    keep(project, "networks", networks);
    keep(project, "volumes", volumes);
    keep(project, "secrets", secrets);
    keep(project, "configs", configs);
  }

  private static void sources(YNode refs, Set<String> into) {
    if (refs instanceof YSeq seq) {
      for (YNode r : seq.items()) {
        if (r instanceof YMap m && Nodes.string(m.get("source")) != null) {
          into.add(Nodes.string(m.get("source")));
        }
      }
    }
  }

  private static void keep(YMap project, String key, Set<String> used) {
    if (project.get(key) instanceof YMap resources) {
      for (String name : Nodes.keys(resources)) {
        if (!used.contains(name)) {
          resources.remove(name);
        }
      }
      if (resources.isEmpty()) {
        project.remove(key);
      }
    }
  }
}
