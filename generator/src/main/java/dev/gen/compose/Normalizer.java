package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.Map;

/**
 * compose-go's {@code Normalize}: services without {@code networks} or {@code network_mode} join an implicit
 * {@code default} network (declared at the top level when used); {@code pull_policy: if_not_present} becomes
 * {@code missing}; builds get {@code context: .} and {@code dockerfile: Dockerfile}; key-only build args and
 * environment entries are resolved; {@code links}, {@code service:} namespaces and {@code volumes_from} add implicit
 * {@code depends_on}; volume targets are cleaned; and every network, volume, secret and config gets a name
 * ({@code <project>_<key>}, the key itself when external, or its explicit name).
 */
final class Normalizer {

  private Normalizer() {}

  static void apply(YMap model, String projectName, Map<String, String> environment) {
    networks(model);
    if (model.get("services") instanceof YMap services) {
      for (String name : services.keys()) {
        if (services.get(name) instanceof YMap service) {
          service(service);
        }
      }
    }
    KeyOnlyEntries.resolve(model, environment, true);
    names(model, projectName);
  }

  private static void networks(YMap model) {
    YMap networks = model.get("networks") instanceof YMap m ? m : new YMap(model.location());
    boolean usesDefault = false;
    if (model.get("services") instanceof YMap services) {
      for (String name : services.keys()) {
        if (!(services.get(name) instanceof YMap service) || service.has("network_mode")) {
          continue;
        }
        YNode n = service.get("networks");
        if (n == null || (n instanceof YMap nm && nm.isEmpty())) {
          service.put("networks", new YMap(service.location()).put("default", Nodes.nil(service.location())));
          usesDefault = true;
        } else if (n instanceof YMap nm && nm.has("default")) {
          usesDefault = true;
        }
      }
    }
    if (!networks.has("default") && usesDefault) {
      networks.put("default", Nodes.nil(model.location()));
    }
    if (!networks.isEmpty()) {
      model.put("networks", networks);
    }
  }

  private static void service(YMap service) {
    if ("if_not_present".equals(Nodes.string(service.get("pull_policy")))) {
      service.put("pull_policy", Nodes.str("missing", service.get("pull_policy").location()));
    }
    if (service.get("build") instanceof YMap build) {
      if (Nodes.isNull(build.get("context"))) {
        build.put("context", Nodes.str(".", build.location()));
      }
      if (Nodes.isNull(build.get("dockerfile")) && Nodes.isNull(build.get("dockerfile_inline"))) {
        build.put("dockerfile", Nodes.str("Dockerfile", build.location()));
      }
    }
    YMap dependsOn = service.get("depends_on") instanceof YMap d ? d : new YMap(service.location());
    if (service.get("links") instanceof YSeq links) {
      for (YNode l : links.items()) {
        String link = GoValues.sprint(l);
        String[] parts = link.split(":", -1);
        if (parts.length == 2) {
          link = parts[0];
        }
        implicit(dependsOn, link, true, l);
      }
    }
    for (String namespace : new String[] {"network_mode", "ipc", "pid", "uts", "cgroup"}) {
      String ref = Nodes.string(service.get(namespace));
      if (ref != null && ref.startsWith("service:")) {
        implicit(dependsOn, ref.substring("service:".length()), true, service.get(namespace));
      }
    }
    if (service.get("volumes_from") instanceof YSeq volumesFrom) {
      for (YNode v : volumesFrom.items()) {
        String vol = GoValues.sprint(v);
        if (!vol.startsWith("container:")) {
          implicit(dependsOn, vol.split(":", -1)[0], false, v);
        }
      }
    }
    if (!dependsOn.isEmpty()) {
      service.put("depends_on", dependsOn);
    }
    if (service.get("volumes") instanceof YSeq volumes) {
      for (YNode v : volumes.items()) {
        if (v instanceof YMap m && Nodes.isString(m.get("target"))) {
          m.put("target", Nodes.str(VolumeSpec.cleanPath(Nodes.string(m.get("target"))), m.get("target").location()));
        }
      }
    }
  }

  private static void implicit(YMap dependsOn, String service, boolean restart, YNode at) {
    if (!dependsOn.has(service)) {
      dependsOn.put(service, at.location(), new YMap(at.location())
          .put("condition", Nodes.str("service_started", at.location()))
          .put("restart", Nodes.of(restart, at.location()))
          .put("required", Nodes.of(true, at.location())));
    }
  }

  private static void names(YMap model, String projectName) {
    for (String kind : new String[] {"networks", "volumes", "configs", "secrets"}) {
      if (!(model.get(kind) instanceof YMap resources)) {
        continue;
      }
      for (String key : Nodes.keys(resources)) {
        YNode r = resources.get(key);
        YMap resource = r instanceof YMap m ? m : new YMap(r.location());
        if (Nodes.isNull(resource.get("name"))) {
          YNode ext = resource.get("external");
          boolean external = ext != null && isTrue(ext);
          resource.put("name", Nodes.str(external ? key : projectName + "_" + key, resource.location()));
        }
        resources.put(key, resource);
      }
    }
  }

  private static boolean isTrue(YNode n) {
    return n instanceof dev.gen.yaml.YScalar s && Boolean.TRUE.equals(s.value());
  }
}
