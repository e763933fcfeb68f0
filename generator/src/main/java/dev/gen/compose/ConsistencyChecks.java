package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks compose-go runs on a loaded project ({@code loader/validate.go}), with its messages: every service has
 * an image or a build; {@code network_mode} excludes {@code networks}; referenced networks, volumes, secrets and
 * configs are declared; {@code depends_on} names active services (a disabled one only when not required) and has
 * no cycle; {@code scale} agrees with {@code deploy.replicas}, and {@code cpus}, {@code mem_limit},
 * {@code mem_reservation}, {@code pids_limit} with their {@code deploy.resources} counterparts. Services are checked
 * in name order, so that the error reported is always the same one.
 */
final class ConsistencyChecks {

  private static final String INVALID = ": invalid compose project";

  private ConsistencyChecks() {}

  static void check(YMap project, YMap disabled) {
    YMap services = project.get("services") instanceof YMap m ? m : new YMap(project.location());
    YMap networks = project.get("networks") instanceof YMap m ? m : new YMap(project.location());
    YMap volumes = project.get("volumes") instanceof YMap m ? m : new YMap(project.location());
    YMap secrets = project.get("secrets") instanceof YMap m ? m : new YMap(project.location());
    YMap configs = project.get("configs") instanceof YMap m ? m : new YMap(project.location());
    for (String name : new java.util.TreeSet<>(services.keys())) {
      YMap s = (YMap) services.get(name);
      KeyPath path = KeyPath.ROOT.key("services").key(name);
      String q = GoValues.quote(name);
      YMap build = s.get("build") instanceof YMap b ? b : null;
      if (build == null && isEmpty(s.get("image"))) {
        throw fail(services, name, path, "service " + q + " has neither an image nor a build context specified"
            + INVALID);
      }
      if (build != null) {
        if (!isEmpty(build.get("dockerfile_inline")) && !isEmpty(build.get("dockerfile"))) {
          throw fail(build, path.key("build"), "service " + q
              + " declares mutualy exclusive dockerfile and dockerfile_inline" + INVALID);
        }
        String platform = Nodes.string(s.get("platform"));
        if (build.get("platforms") instanceof YSeq platforms && platforms.size() > 0 && !isEmpty(s.get("platform"))
            && platforms.items().stream().noneMatch(p -> platform.equals(Nodes.string(p)))) {
          throw fail(build, path.key("build").key("platforms"), "service.build.platforms MUST include service.platform "
              + GoValues.quote(platform) + INVALID);
        }
      }
      YMap serviceNetworks = s.get("networks") instanceof YMap n ? n : null;
      if (!isEmpty(s.get("network_mode")) && serviceNetworks != null && !serviceNetworks.isEmpty()) {
        throw fail(s, path.key("network_mode"), "service " + name
            + " declares mutually exclusive `network_mode` and `networks`" + INVALID);
      }
      if (serviceNetworks != null) {
        for (String network : serviceNetworks.keys()) {
          if (!networks.has(network)) {
            throw fail(serviceNetworks.keyLocation(network), path.key("networks").key(network), "service " + q
                + " refers to undefined network " + network + INVALID);
          }
        }
      }
      if (s.get("healthcheck") instanceof YMap hc && hc.get("test") instanceof YSeq test && test.size() > 0) {
        String first = Nodes.string(test.get(0));
        if (!"CMD".equals(first) && !"CMD-SHELL".equals(first) && !"NONE".equals(first)) {
          throw fail(test, path.key("healthcheck").key("test"),
              "healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"");
        }
      }
      if (s.get("depends_on") instanceof YMap deps) {
        for (String dep : new java.util.TreeSet<>(deps.keys())) {
          if (services.has(dep)) {
            continue;
          }
          if (disabled.has(dep) && !required(deps.get(dep))) {
            continue;
          }
          throw fail(deps.keyLocation(dep), path.key("depends_on").key(dep), "service " + q
              + " depends on undefined service " + GoValues.quote(dep) + INVALID);
        }
      }
      String networkMode = Nodes.string(s.get("network_mode"));
      if (networkMode != null && networkMode.startsWith("service:")) {
        String ref = networkMode.substring("service:".length());
        if (!services.has(ref)) {
          throw fail(s.get("network_mode"), path.key("network_mode"), "service " + GoValues.quote(ref)
              + " not found for network_mode 'service:" + ref + "'");
        }
      }
      if (s.get("volumes") instanceof YSeq vs) {
        for (int i = 0; i < vs.size(); i++) {
          if (vs.get(i) instanceof YMap v && "volume".equals(Nodes.string(v.get("type")))
              && !isEmpty(v.get("source")) && !volumes.has(Nodes.string(v.get("source")))) {
            throw fail(v, path.key("volumes").index(i), "service " + q + " refers to undefined volume "
                + Nodes.string(v.get("source")) + INVALID);
          }
        }
      }
      if (build != null) {
        undefined(build.get("secrets"), secrets, path.key("build").key("secrets"), q, "build secret");
      }
      undefined(s.get("configs"), configs, path.key("configs"), q, "config");
      undefined(s.get("secrets"), secrets, path.key("secrets"), q, "secret");
      YMap deploy = s.get("deploy") instanceof YMap d ? d : null;
      if (s.has("scale") && deploy != null) {
        if (deploy.has("replicas") && !Objects.equals(deploy.get("replicas"), s.get("scale"))) {
          throw fail(s.get("scale"), path.key("scale"), "services." + name
              + ": can't set distinct values on 'scale' and 'deploy.replicas'" + INVALID);
        }
        deploy.put("replicas", s.get("scale"));
      }
      YMap resources = deploy != null && deploy.get("resources") instanceof YMap r ? r : null;
      YMap limits = resources != null && resources.get("limits") instanceof YMap l ? l : null;
      YMap reservations = resources != null && resources.get("reservations") instanceof YMap l ? l : null;
      distinct(s, "cpus", limits, "cpus", 0.0, name, path, "'cpus' and 'deploy.resources.limits.cpus'");
      distinct(s, "mem_limit", limits, "memory", "0", name, path,
          "'mem_limit' and 'deploy.resources.limits.memory'");
      distinct(s, "mem_reservation", reservations, "memory", "0", name, path,
          "'mem_reservation' and 'deploy.resources.reservations.memory'");
      distinct(s, "pids_limit", limits, "pids", 0L, name, path, "'pids_limit' and 'deploy.resources.limits.pids'");
      long scale = scale(s, deploy);
      if (scale > 1 && !isEmpty(s.get("container_name"))) {
        String attr = s.has("scale") ? "scale" : "deploy.replicas";
        throw fail(s.get("container_name"), path.key("container_name"), "services." + name
            + ": can't set container_name and " + attr + " as container name must be unique" + INVALID);
      }
    }
    cycles(services);
  }

  private static boolean required(YNode dependency) {
    return !(dependency instanceof YMap m) || !Boolean.FALSE.equals(m.get("required") instanceof YScalar s
        ? s.value() : null);
  }

  private static long scale(YMap s, YMap deploy) {
    if (s.get("scale") instanceof YScalar sc && sc.value() instanceof Long l) {
      return l;
    }
    if (deploy != null && deploy.get("replicas") instanceof YScalar r && r.value() instanceof Long l) {
      return l;
    }
    return 1;
  }

  private static void distinct(YMap s, String key, YMap limits, String limitKey, Object zero, String name,
      KeyPath path, String what) {
    YNode value = s.get(key);
    if (value == null || (value instanceof YScalar sc && zero.equals(sc.value())) || !s.has(key)
        || !(s.get("deploy") instanceof YMap) || limits == null) {
      return;
    }
    YNode other = limits.get(limitKey);
    Object a = ((YScalar) value).value();
    Object b = other instanceof YScalar o ? o.value() : zero;
    if (!Objects.equals(a, b)) {
      throw fail(value, path.key(key), "services." + name + ": can't set distinct values on " + what + INVALID);
    }
  }

  private static void undefined(YNode refs, YMap declared, KeyPath path, String service, String what) {
    if (refs instanceof YSeq seq) {
      for (int i = 0; i < seq.size(); i++) {
        if (seq.get(i) instanceof YMap m) {
          String source = Nodes.string(m.get("source"));
          source = source == null ? "" : source;
          if (!declared.has(source)) {
            throw fail(m, path.index(i), "service " + service + " refers to undefined " + what + " " + source
                + INVALID);
          }
        }
      }
    }
  }

  private static boolean isEmpty(YNode n) {
    return n == null || n.isNull() || "".equals(Nodes.string(n));
  }

  /**
   * Reports the first dependency cycle, found as compose-go finds it (services and their dependencies in name
   * order), in linear time: a service whose dependencies were fully explored cannot be part of a later cycle.
   */
  private static void cycles(YMap services) {
    Map<String, List<String>> graph = new TreeMap<>();
    for (String name : services.keys()) {
      List<String> deps = new ArrayList<>();
      if (services.get(name) instanceof YMap s && s.get("depends_on") instanceof YMap d) {
        for (String dep : d.keys()) {
          if (services.has(dep)) {
            deps.add(dep);
          }
        }
      }
      deps.sort(null);
      graph.put(name, deps);
    }
    Set<String> done = new HashSet<>();
    for (String start : graph.keySet()) {
      if (done.contains(start)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      List<java.util.Iterator<String>> stack = new ArrayList<>();
      path.add(start);
      onPath.put(start, 0);
      stack.add(graph.get(start).iterator());
      while (!stack.isEmpty()) {
        java.util.Iterator<String> it = stack.get(stack.size() - 1);
        if (!it.hasNext()) {
          String finished = path.remove(path.size() - 1);
          onPath.remove(finished);
          done.add(finished);
          stack.remove(stack.size() - 1);
          continue;
        }
        String next = it.next();
        Integer at = onPath.get(next);
        if (at != null) {
          String cycle = String.join(" -> ", path.subList(at, path.size())) + " -> " + next;
          YMap s = (YMap) services.get(path.get(path.size() - 1));
          YMap deps = (YMap) s.get("depends_on");
          throw GenException.at(deps.keyLocation(next), "services." + path.get(path.size() - 1) + ".depends_on."
              + next, "compose.dependency-cycle", "dependency cycle detected: " + cycle);
        }
        if (done.contains(next)) {
          continue;
        }
        onPath.put(next, path.size());
        path.add(next);
        stack.add(graph.get(next).iterator());
      }
    }
  }

  private static GenException fail(YNode at, KeyPath path, String message) {
    return Nodes.error(at, path, "compose.invalid-project", message);
  }

  private static GenException fail(dev.gen.diag.SourceLocation at, KeyPath path, String message) {
    return Nodes.error(at, path, "compose.invalid-project", message);
  }

  private static GenException fail(YMap services, String name, KeyPath path, String message) {
    return Nodes.error(services.keyLocation(name), path, "compose.invalid-project", message);
  }
}
