package dev.gen.target.bundle;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Deployment;
import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns compose's resource limits and Swarm placement constraints into what a bundle can say: CPU cores and the
 * architecture as constraints, node labels as a Kubernetes node selector. What Juju cannot express is reported.
 */
final class PlacementPlanner {

  /** What a service's deployment became: extra constraints, placement directives, and the key paths it expressed. */
  record Result(List<String> constraints, List<String> to, Set<String> expressed) {}

  private static final Pattern CONSTRAINT = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)\\s*(==|!=)\\s*(\\S+)\\s*$");

  private static final Map<String, String> ARCHES = Map.of("x86_64", "amd64", "amd64", "amd64", "aarch64", "arm64",
      "arm64", "arm64", "ppc64le", "ppc64el", "ppc64el", "ppc64el", "s390x", "s390x", "riscv64", "riscv64");

  private static final Pattern LABEL_VALUE = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?$");

  private final Diagnostics diagnostics;

  PlacementPlanner(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Result plan(Service s, boolean kubernetes) {
    Deployment d = s.deployment();
    String at = "services." + s.name() + ".deploy";
    List<String> constraints = new ArrayList<>();
    List<String> selector = new ArrayList<>();
    Set<String> expressed = new java.util.TreeSet<>();
    Double cpus = d.resources().cpuLimit();
    if (cpus != null && cpus > 0 && !kubernetes) {
      long cores = (long) Math.ceil(cpus);
      constraints.add("cores=" + cores);
      expressed.add(at + ".resources.limits.cpus");
      if (cores != cpus) {
        diagnostics.notice("bundle.unmapped", "the CPU limit " + cpus + " becomes the constraint cores=" + cores
            + ": Juju counts whole cores", d.location(), at + ".resources.limits.cpus");
      }
    }
    List<String> placement = d.placementConstraints();
    for (int i = 0; i < placement.size(); i++) {
      String path = at + ".placement.constraints[" + i + "]";
      String text = placement.get(i);
      Matcher m = CONSTRAINT.matcher(text);
      String mapped = m.matches() && m.group(2).equals("==") ? map(m.group(1), m.group(3), kubernetes) : null;
      if (mapped == null) {
        diagnostics.warn("bundle.unmapped", "the placement constraint '" + text + "' has no Juju equivalent"
            + (kubernetes ? "" : " in a machine bundle"), d.location(), path);
        continue;
      }
      expressed.add(path);
      if (mapped.startsWith("arch=")) {
        if (!constraints.contains(mapped)) {
          constraints.add(mapped);
        }
      } else if (!mapped.isEmpty()) {
        selector.add(mapped);
      }
    }
    return new Result(constraints, selector.isEmpty() ? List.of() : List.of(String.join(",", selector)),
        expressed);
  }

  /** The Juju form of {@code key == value}: {@code arch=...}, a node selector pair, "" (always true), or null. */
  private static String map(String key, String value, boolean kubernetes) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.equals("node.platform.arch")) {
      String arch = ARCHES.get(value.toLowerCase(Locale.ROOT));
      return arch == null ? null : "arch=" + arch;
    }
    if (k.equals("node.platform.os")) {
      return value.equalsIgnoreCase("linux") ? "" : null;
    }
    if (kubernetes && key.startsWith("node.labels.") && key.length() > "node.labels.".length()
        && LABEL_VALUE.matcher(key.substring("node.labels.".length())).matches()
        && LABEL_VALUE.matcher(value).matches()) {
      return key.substring("node.labels.".length()) + "=" + value;
    }
    return null;
  }
}
