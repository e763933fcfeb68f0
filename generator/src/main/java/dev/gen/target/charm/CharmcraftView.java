package dev.gen.target.charm;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code templates/charm/common/charmcraft.yaml.mustache} reads: a {@link CharmPlan} in the shape of
 * {@code charmcraft.yaml}, with the parts that differ between flavours (containers and resources, assumes, where
 * storage is mounted) decided by {@link #forK8s} and {@link #forMachine}.
 *
 * <p>A Kubernetes charm's {@code parts} use charmcraft's {@code charm} plugin, which installs
 * {@code requirements.txt}: the {@code uv} plugin that current {@code charmcraft init} templates use needs a
 * {@code uv.lock}, which only a resolver with access to PyPI can write, and gen writes the same output offline
 * every time. On bases the charm plugin does not support (26.04 and later) the uv plugin is used, and the README
 * says to run {@code uv lock}. A machine charm has no Python: craft-parts' {@code dump} plugin packs its hooks,
 * actions, shell library and README as they are ({@link #MACHINE_PRIME}), and Juju runs {@code hooks/<name>}
 * directly since there is no {@code dispatch}.
 */
public record CharmcraftView(
    String service,
    String name,
    String title,
    String summary,
    String description,
    boolean hasLinks,
    List<Entry> links,
    String base,
    List<String> platforms,
    String plugin,
    boolean uvPlugin,
    boolean hasPrime,
    List<String> prime,
    boolean hasAssumes,
    List<String> assumes,
    boolean hasContainers,
    List<ContainerView> containers,
    List<ResourceView> resources,
    boolean hasOptions,
    List<OptionView> options,
    boolean hasProvides,
    List<EndpointView> provides,
    boolean hasRequires,
    List<EndpointView> requires,
    boolean hasPeers,
    List<EndpointView> peers,
    boolean hasStorage,
    List<StorageView> storage,
    List<ActionPlan> actions) {

  /** The Juju version the generated charms need: secret config options (3.4) and charm-user (3.6). */
  public static final String JUJU_VERSION = "juju >= 3.6";

  /** What a machine charm's {@code dump} part packs: everything the machine flavour writes but its sources. */
  public static final List<String> MACHINE_PRIME = List.of("README.md", "actions", "hooks", "lib");

  /** The bases on which charmcraft's charm plugin works. */
  private static final List<String> CHARM_PLUGIN_BASES = List.of("ubuntu@22.04", "ubuntu@24.04");

  /** A key and a value. */
  public record Entry(String key, String value) {}

  /** A workload container and the storage mounted into it. */
  public record ContainerView(String name, String resource, boolean hasMounts, List<Mount> mounts) {}

  /** A storage mount of a container. */
  public record Mount(String storage, String location) {}

  /** An OCI image resource; {@code upstreamSource} holds the image reference when there is one. */
  public record ResourceView(String name, String description, List<String> upstreamSource) {}

  /** A config option; {@code defaultValue} is a String, Long, BigDecimal or Boolean. */
  public record OptionView(String name, String type, boolean hasDefault, Object defaultValue, String description) {}

  /** A relation endpoint. */
  public record EndpointView(String name, String interfaceName, Integer limit, boolean optional) {

    /** The template's name for the interface ({@code interface} is a Java keyword). */
    public String interfaceValue() {
      return interfaceName;
    }
  }

  /** A storage; {@code location} is set for machine charms only (Kubernetes charms mount it in the container). */
  public record StorageView(String name, String description, List<String> location, boolean readOnly) {}

  public static CharmcraftView forK8s(CharmPlan plan, CharmOptions options) {
    List<Mount> mounts = plan.storage().stream().map(s -> new Mount(s.name(), s.location())).toList();
    ContainerView container = new ContainerView(plan.baseName(), plan.imageResource(), !mounts.isEmpty(), mounts);
    ResourceView resource = new ResourceView(plan.imageResource(),
        "The OCI image the " + plan.baseName() + " container runs"
            + (plan.image() != null ? ", such as " + plan.image() : ", built from the service's Dockerfile") + ".",
        plan.image() == null ? List.of() : List.of(plan.image()));
    boolean charmPlugin = CHARM_PLUGIN_BASES.contains(options.base());
    return of(plan, options, charmPlugin ? "charm" : "uv", List.of(), List.of("k8s-api", JUJU_VERSION),
        List.of(container), List.of(resource), false);
  }

  public static CharmcraftView forMachine(CharmPlan plan, CharmOptions options) {
    return of(plan, options, "dump", MACHINE_PRIME, List.of(JUJU_VERSION), List.of(), List.of(), true);
  }

  private static CharmcraftView of(
      CharmPlan plan, CharmOptions options, String plugin, List<String> prime, List<String> assumes,
      List<ContainerView> containers, List<ResourceView> resources, boolean storageLocations) {
    List<Entry> links = new ArrayList<>();
    Links l = plan.links();
    addLink(links, "contact", l.contact());
    addLink(links, "documentation", l.documentation());
    addLink(links, "issues", l.issues());
    addLink(links, "source", l.source());
    addLink(links, "website", l.website());
    List<OptionView> optionViews = plan.options().stream()
        .map(o -> new OptionView(o.name(), o.type().yamlName(), o.hasDefault(), o.defaultValue(), o.description()))
        .toList();
    List<StorageView> storage = plan.storage().stream()
        .map(s -> new StorageView(s.name(), s.description(),
            storageLocations ? List.of(s.location()) : List.of(), s.readOnly()))
        .toList();
    return new CharmcraftView(
        plan.service(), plan.name(), plan.title(), plan.summary(), plan.description(),
        !links.isEmpty(), links,
        options.base(), List.of("amd64"),
        plugin, plugin.equals("uv"), !prime.isEmpty(), prime,
        !assumes.isEmpty(), assumes,
        !containers.isEmpty(), containers, resources,
        !optionViews.isEmpty(), optionViews,
        !plan.provides().isEmpty(), endpoints(plan.provides()),
        !plan.requires().isEmpty(), endpoints(plan.requires()),
        !plan.peers().isEmpty(), endpoints(plan.peers()),
        !storage.isEmpty(), storage,
        plan.actions());
  }

  /** True when the charm is built with the uv plugin (and so needs a {@code uv.lock}). */
  public static boolean usesUv(CharmOptions options) {
    return !CHARM_PLUGIN_BASES.contains(options.base());
  }

  private static void addLink(List<Entry> links, String key, String value) {
    if (value != null) {
      links.add(new Entry(key, value));
    }
  }

  private static List<EndpointView> endpoints(List<Endpoint> endpoints) {
    return endpoints.stream()
        .map(e -> new EndpointView(e.name(), e.interfaceName(), e.limit(), e.optional()))
        .toList();
  }
}
