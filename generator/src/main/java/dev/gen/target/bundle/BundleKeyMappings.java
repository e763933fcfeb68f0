package dev.gen.target.bundle;

import static dev.gen.target.KeyMappings.carried;
import static dev.gen.target.KeyMappings.notNeeded;
import static dev.gen.target.KeyMappings.partly;

import dev.gen.target.KeyMapping;
import dev.gen.target.MappingColumn;
import dev.gen.target.charm.CharmKeyMappings;
import java.util.Map;

/**
 * What the bundle target makes of every Compose key the service model carries. A bundle deploys the charms gen writes
 * (Kubernetes ones unless asked otherwise), so a key the bundle itself does nothing with fares as in those charms;
 * this table says where the bundle does more: applications and their scale, relations, constraints, storage sizes,
 * exposure, Charmhub applications and the secrets {@code deploy.sh} creates. What it cannot say is a
 * {@code bundle.unmapped} warning, beside the charms' {@code charm.unmapped} ones.
 */
public final class BundleKeyMappings {

  private static final MappingColumn COLUMN = build();

  private BundleKeyMappings() {}

  public static MappingColumn column() {
    return COLUMN;
  }

  private static MappingColumn build() {
    String s = "services.*.";
    Map<String, KeyMapping> own = new java.util.LinkedHashMap<>();
    own.put("name", carried("the bundle's description names the project"));
    own.put("services", carried("one application per service: its generated charm, or the Charmhub charm that"
        + " replaces it"));
    own.put("volumes", carried("storage of the applications, sized from driver_opts.size (else Juju's 1G)"));
    own.put("secrets", carried("a Juju secret each, which deploy.sh creates, sets and grants"));
    own.put(s + "image", carried("the application's image resource (Kubernetes); a machine charm pulls it"));
    own.put(s + "build", partly("the README gives the commands that build and push the image the resource names"));
    own.put(s + "environment", partly("the options' values in bundle.yaml, secrets through deploy.sh's overlay;"
        + " values naming other services come from relations; a Charmhub application's environment is a notice"));
    own.put(s + "ports", partly("the charms' ports; an application with a published port is exposed"));
    own.put(s + "volumes", partly("the applications' storage; a Charmhub application keeps its own (a notice)"));
    own.put(s + "depends_on", partly("a relation in bundle.yaml; a dependency gen cannot relate is reported"));
    own.put(s + "links", partly("a relation in bundle.yaml; an alias is reported"));
    own.put(s + "scale", carried("the application's number of units"));
    own.put(s + "cpus", partly("machine bundles: the constraint cores=N, rounded up; Kubernetes bundles report"
        + " it"));
    own.put(s + "mem_limit", carried("the constraint mem=..."));
    own.put(s + "secrets", carried("the secret option, set by deploy.sh's overlay to the Juju secret it creates and"
        + " grants; a Charmhub application makes its own (a notice)"));
    own.put(s + "x-juju", partly("charm and channel choose a Charmhub application; branding as in the charms; a"
        + " channel without a Charmhub charm is reported"));
    String d = s + "deploy.";
    own.put(d + "replicas", carried("the application's number of units"));
    own.put(d + "placement", partly("node.platform.arch becomes the constraint arch=..., on Kubernetes node.labels.*"
        + " becomes a node selector; the rest is reported"));
    own.put(d + "placement.constraints", partly("node.platform.arch becomes the constraint arch=..., on Kubernetes"
        + " node.labels.* becomes a node selector; the rest is reported"));
    own.put(d + "resources.limits.cpus", partly("machine bundles: the constraint cores=N, rounded up; Kubernetes"
        + " bundles report it"));
    own.put(d + "resources.limits.memory", carried("the constraint mem=..."));
    own.put("volumes.*.driver_opts", partly("size gives the storage's size; other options are reported"));
    own.put("secrets.*.name", notNeeded("deploy.sh names the Juju secret after the compose secret"));
    own.put("secrets.*.file", notNeeded("deploy.sh reads the value from SECRET_<NAME>; the README names the file"));
    own.put("secrets.*.environment", carried("deploy.sh reads the value from the same variable"));
    own.put("secrets.*.content", notNeeded("deploy.sh reads the value from SECRET_<NAME>; gen never writes it"));
    own.put("secrets.*.external", notNeeded("deploy.sh creates the Juju secret from SECRET_<NAME>"));

    MappingColumn.Builder b = MappingColumn.builder("bundle", "bundle", "charm.unmapped", "bundle.unmapped");
    for (Map.Entry<String, KeyMapping> e : CharmKeyMappings.k8s().cells().entrySet()) {
      KeyMapping mine = own.remove(e.getKey());
      b.put(e.getKey(), mine != null ? mine : e.getValue());
    }
    if (!own.isEmpty()) {
      throw new IllegalStateException("the bundle maps keys the charm table does not have: " + own.keySet());
    }
    return b.build();
  }
}
