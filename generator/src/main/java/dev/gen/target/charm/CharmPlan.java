package dev.gen.target.charm;

import java.util.List;
import java.util.Optional;

/**
 * Everything a charm of one service holds, computed once from the service model and shared by both flavours and
 * by the bundle target. Templates never see the model: they see views made from this plan.
 *
 * @param service the compose service (or Dockerfile folder) the charm runs
 * @param name the charm name: a safe Juju name, ending in {@code -k8s} for Kubernetes charms
 * @param baseName the name without the flavour's suffix; also the container, Pebble service and workload name
 * @param title a human title (2 to 40 characters)
 * @param summary one line, at most 78 characters
 * @param description what the workload is, for Charmhub and {@code juju info}
 * @param links web links for Charmhub
 * @param branding the remaining branding facts (licence, vendor, version) for the README
 * @param image the image reference, or null when the image is only built
 * @param build how the image is built, or null when it is only pulled
 * @param command what the workload runs
 * @param workingDir the working directory, or null for the image's own
 * @param user the user to run as (a name or a numeric id), or null for the default
 * @param group the group to run as (a name or a numeric id), or null
 * @param options config options, sorted by name
 * @param relationEnv environment values rebuilt from relation data, sorted by variable
 * @param secretFiles compose secrets the charm writes into the workload, sorted by path
 * @param provides endpoints other charms relate to, sorted by name
 * @param requires endpoints this charm needs, sorted by name
 * @param peers the peer endpoint (when more than one unit runs), or empty
 * @param storage filesystem storage from volumes, sorted by name
 * @param ports the ports the workload listens on, sorted by port and protocol
 * @param actions the charm's actions, sorted by name
 * @param check the health check, or null
 * @param restart what happens when the workload exits
 * @param scale how many units run ({@code deploy.replicas})
 * @param constraints Juju constraints the deployment should use, such as {@code mem=512M}
 * @param clients how the charm talks to the Charmhub charms it requires, sorted by endpoint
 */
public record CharmPlan(
    String service,
    String name,
    String baseName,
    String title,
    String summary,
    String description,
    Links links,
    BrandingFacts branding,
    String image,
    BuildPlan build,
    CommandPlan command,
    String workingDir,
    String user,
    String group,
    List<ConfigOption> options,
    List<RelationEnv> relationEnv,
    List<SecretFilePlan> secretFiles,
    List<Endpoint> provides,
    List<Endpoint> requires,
    List<Endpoint> peers,
    List<StoragePlan> storage,
    List<PortPlan> ports,
    List<ActionPlan> actions,
    CheckPlan check,
    RestartPlan restart,
    int scale,
    List<String> constraints,
    List<ClientPlan> clients) {

  /** Licence, vendor, authors and version: the branding facts {@code charmcraft.yaml} has no place for. */
  public record BrandingFacts(String licenses, String vendor, String authors, String version) {}

  public CharmPlan {
    options = List.copyOf(options);
    relationEnv = List.copyOf(relationEnv);
    secretFiles = List.copyOf(secretFiles);
    provides = List.copyOf(provides);
    requires = List.copyOf(requires);
    peers = List.copyOf(peers);
    storage = List.copyOf(storage);
    ports = List.copyOf(ports);
    actions = List.copyOf(actions);
    constraints = List.copyOf(constraints);
    clients = List.copyOf(clients);
  }

  /** How the charm talks to the Charmhub charm on {@code endpoint}, if that endpoint goes to one. */
  public Optional<ClientPlan> client(String endpoint) {
    return clients.stream().filter(c -> c.endpoint().equals(endpoint)).findFirst();
  }

  /** The OCI image resource of a Kubernetes charm's workload container. */
  public String imageResource() {
    return baseName + "-image";
  }

  public Optional<ConfigOption> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }

  /** The option that sets {@code envVar}, if any. */
  public Optional<ConfigOption> optionForEnv(String envVar) {
    return options.stream().filter(o -> envVar.equals(o.envVar())).findFirst();
  }

  /** The {@code requires} endpoint for a dependency on {@code providerService}, if there is one. */
  public Optional<Endpoint> requiresFor(String providerService) {
    return requires.stream().filter(e -> e.service().equals(providerService)).findFirst();
  }

  /** All endpoints: provides, requires, then peers. */
  public List<Endpoint> endpoints() {
    List<Endpoint> all = new java.util.ArrayList<>(provides);
    all.addAll(requires);
    all.addAll(peers);
    return List.copyOf(all);
  }

  /** The first published port, else the first port, or null when the workload has none. */
  public PortPlan primaryPort() {
    return ports.stream().filter(PortPlan::isPublished).findFirst().orElse(ports.isEmpty() ? null : ports.get(0));
  }

  public boolean isBuilt() {
    return build != null;
  }
}
