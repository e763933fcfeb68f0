package dev.gen.target.charm;

import dev.gen.diag.GenException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of charm is written: a Kubernetes sidecar charm (the default) or a machine charm. */
public enum CharmFlavour {
  /** A sidecar charm on the ops framework: the workload runs in its own container under Pebble. */
  K8S("k8s", "-k8s"),
  /** A charm whose hooks run the workload's container on a machine with a container runtime. */
  MACHINE("machine", "");

  private final String id;
  private final String nameSuffix;

  CharmFlavour(String id, String nameSuffix) {
    this.id = id;
    this.nameSuffix = nameSuffix;
  }

  /** The name used on the command line ({@code --flavour k8s}). */
  public String id() {
    return id;
  }

  /** What charm names end with by convention: {@code -k8s} for Kubernetes charms, nothing for machine charms. */
  public String nameSuffix() {
    return nameSuffix;
  }

  public static CharmFlavour of(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    for (CharmFlavour f : values()) {
      if (f.id.equals(wanted)) {
        return f;
      }
    }
    throw GenException.usage("unknown charm flavour '" + id + "'; expected one of: "
        + Arrays.stream(values()).map(CharmFlavour::id).collect(Collectors.joining(", ")));
  }
}
