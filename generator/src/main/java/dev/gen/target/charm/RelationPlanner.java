package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Dependency;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceIndex;
import dev.gen.target.charm.charmhub.CharmhubCharms;
import dev.gen.target.charm.charmhub.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns dependencies between services into relation endpoints.
 *
 * <p>The naming scheme, for a dependency of service {@code C} on service {@code P}:
 * <ul>
 *   <li>{@code P}'s charm <em>provides</em> one endpoint named after itself ({@code P}'s base name, e.g. {@code db}),
 *       shared by every charm that depends on it;
 *   <li>{@code C}'s charm <em>requires</em> an endpoint named after {@code P} as well ({@code db}, limit 1);
 *   <li>both declare the interface {@code <P>-address}: the data is {@code P}'s address and ports, and an
 *       interface per provider keeps {@code juju integrate C P} unambiguous when {@code C} needs several services;
 *   <li>a charm whose service runs more than one replica has a peer endpoint {@code peers}.
 * </ul>
 * A service deployed from a Charmhub charm ({@link CharmhubApp}) has no charm of its own: a charm that depends on it
 * requires the Charmhub charm's endpoint under its conventional name ({@code database}, interface
 * {@code postgresql_client}); a service a Charmhub reverse proxy depends on requires {@code ingress} from it; two
 * Charmhub charms are related when {@link CharmhubCharms#LINKS} knows how.
 * Base names are safe names (lower case, single hyphens, no underscores), unique per project, so endpoint names
 * are valid for Juju, bundles and ops and cannot collide on ops's {@code -} to {@code _} folding; a name Juju
 * reserves ({@code juju}, {@code juju-*}) gets an {@code app-} prefix, and any remaining clash a {@code -2} suffix.
 */
final class RelationPlanner {

  /**
   * The endpoints of every generated charm and the relations between them.
   *
   * @param clients for each generated charm, its {@code requires} endpoints that go to a Charmhub charm, with that
   *     charm
   */
  record Result(
      Map<String, List<Endpoint>> provides,
      Map<String, List<Endpoint>> requires,
      Map<String, List<Endpoint>> peers,
      List<RelationPlan> relations,
      Map<String, Map<String, CharmhubApp>> clients) {

    /** A consumer's requires endpoint names by provider service (generated or Charmhub providers alike). */
    Map<String, String> endpointsByProvider(String consumer) {
      Map<String, String> byProvider = new TreeMap<>();
      Map<String, CharmhubApp> own = clients.getOrDefault(consumer, Map.of());
      for (Endpoint e : requires.getOrDefault(consumer, List.of())) {
        CharmhubApp app = own.get(e.name());
        if (app == null || app.row().protocol() != Protocol.INGRESS) {
          byProvider.put(e.service(), e.name());
        }
      }
      return byProvider;
    }
  }

  private final Project project;
  private final Map<String, String> baseNames;
  private final Map<String, CharmhubApp> charmhub;
  private final Diagnostics diagnostics;

  RelationPlanner(
      Project project, Map<String, String> baseNames, Map<String, CharmhubApp> charmhub, Diagnostics diagnostics) {
    this.project = project;
    this.baseNames = baseNames;
    this.charmhub = charmhub;
    this.diagnostics = diagnostics;
  }

  static String endpointName(String baseName) {
    return unreserved(baseName);
  }

  static String interfaceName(String providerBaseName) {
    return unreserved(providerBaseName + "-address");
  }

  private static String unreserved(String name) {
    return CharmNames.isReserved(name) ? "app-" + name : name;
  }

  Result plan() {
    Map<String, List<Dependency>> dependencies = new LinkedHashMap<>();
    Set<String> providers = new HashSet<>();
    ServiceIndex index = new ServiceIndex(project);
    for (Service s : project.services()) {
      List<Dependency> known = new ArrayList<>();
      for (Dependency d : s.dependencies()) {
        if (!index.has(d.service())) {
          diagnostics.warn("charm.unmapped", "service " + s.name() + " depends on " + d.service()
              + ", which is not an active service of the project; the charm has no relation for it",
              d.location(), "services." + s.name() + ".depends_on." + d.service());
        } else if (!d.service().equals(s.name())) {
          known.add(d);
          if (!charmhub.containsKey(s.name()) && !charmhub.containsKey(d.service())) {
            providers.add(d.service());
          }
        }
      }
      dependencies.put(s.name(), known);
    }
    Map<String, List<Endpoint>> provides = new TreeMap<>();
    Map<String, List<Endpoint>> requires = new TreeMap<>();
    Map<String, List<Endpoint>> peers = new TreeMap<>();
    Map<String, Map<String, CharmhubApp>> clients = new TreeMap<>();
    List<RelationPlan> relations = new ArrayList<>();
    for (Service s : project.services()) {
      if (charmhub.containsKey(s.name())) {
        continue;
      }
      String base = baseNames.get(s.name());
      Set<String> taken = new HashSet<>();
      Map<String, CharmhubApp> own = new TreeMap<>();
      List<Endpoint> provided = new ArrayList<>();
      if (providers.contains(s.name())) {
        String name = CharmNames.unique(endpointName(base), taken);
        taken.add(CharmNames.opsForm(name));
        provided.add(new Endpoint(name, interfaceName(base), Endpoint.Role.PROVIDES, s.name(), true, null));
      }
      List<Endpoint> required = new ArrayList<>();
      // two Charmhub charms with the same conventional endpoint (two databases) get endpoints named after them
      Map<String, Long> conventional = dependencies.get(s.name()).stream()
          .map(d -> charmhub.get(d.service()))
          .filter(a -> a != null && a.row().protocol().consumable())
          .collect(java.util.stream.Collectors.groupingBy(a -> a.row().clientEndpoint(),
              java.util.stream.Collectors.counting()));
      for (Dependency d : dependencies.get(s.name())) {
        CharmhubApp app = charmhub.get(d.service());
        if (app == null) {
          String providerBase = baseNames.get(d.service());
          String name = CharmNames.unique(endpointName(providerBase), taken);
          taken.add(CharmNames.opsForm(name));
          required.add(new Endpoint(name, interfaceName(providerBase), Endpoint.Role.REQUIRES, d.service(),
              !d.required(), 1));
        } else if (app.row().protocol().consumable()) {
          String wanted = conventional.get(app.row().clientEndpoint()) > 1
              ? baseNames.get(d.service()) + "-" + app.row().clientEndpoint() : app.row().clientEndpoint();
          String name = CharmNames.unique(unreserved(wanted), taken);
          taken.add(CharmNames.opsForm(name));
          required.add(new Endpoint(name, app.row().interfaceName(), Endpoint.Role.REQUIRES, d.service(),
              !d.required(), 1));
          own.put(name, app);
        } else {
          diagnostics.warn("charm.unmapped", "service " + s.name() + " depends on " + d.service() + ", deployed"
              + " from the Charmhub charm " + app.charm() + ", whose " + app.row().interfaceName() + " interface a"
              + " generated charm cannot use; the charms are not related", d.location(),
              "services." + s.name() + ".depends_on." + d.service());
        }
      }
      // a reverse proxy deployed from Charmhub gives ingress to the services it proxies to
      for (Service proxy : index.dependents(s.name())) {
        CharmhubApp app = charmhub.get(proxy.name());
        if (app != null && app.row().protocol() == Protocol.INGRESS) {
          String name = CharmNames.unique(app.row().clientEndpoint(), taken);
          taken.add(CharmNames.opsForm(name));
          required.add(new Endpoint(name, app.row().interfaceName(), Endpoint.Role.REQUIRES, proxy.name(), true,
              1));
          own.put(name, app);
        }
      }
      List<Endpoint> peer = new ArrayList<>();
      if (s.deployment().replicas() > 1) {
        String name = CharmNames.unique("peers", taken);
        taken.add(CharmNames.opsForm(name));
        peer.add(new Endpoint(name, unreserved(base + "-peers"), Endpoint.Role.PEERS, s.name(), true, null));
      }
      provided.sort(Comparator.comparing(Endpoint::name));
      required.sort(Comparator.comparing(Endpoint::name));
      provides.put(s.name(), List.copyOf(provided));
      requires.put(s.name(), List.copyOf(required));
      peers.put(s.name(), List.copyOf(peer));
      clients.put(s.name(), Map.copyOf(own));
    }
    for (Service s : project.services()) {
      if (charmhub.containsKey(s.name())) {
        charmhubRelations(s, dependencies.get(s.name()), relations);
        continue;
      }
      for (Endpoint r : requires.get(s.name())) {
        CharmhubApp app = clients.get(s.name()).get(r.name());
        String providerEndpoint = app != null ? app.row().endpoint() : provides.get(r.service()).get(0).name();
        relations.add(new RelationPlan(s.name(), r.name(), r.service(), providerEndpoint, r.interfaceName(),
            r.optional()));
      }
    }
    relations.sort(Comparator.comparing(RelationPlan::consumer).thenComparing(RelationPlan::provider));
    return new Result(provides, requires, peers, relations, clients);
  }

  /** The relations a Charmhub charm's own dependencies give: to another Charmhub charm it is known to work with. */
  private void charmhubRelations(Service s, List<Dependency> dependencies, List<RelationPlan> relations) {
    CharmhubApp consumer = charmhub.get(s.name());
    for (Dependency d : dependencies) {
      CharmhubApp provider = charmhub.get(d.service());
      String at = "services." + s.name() + ".depends_on." + d.service();
      if (provider != null) {
        CharmhubCharms.link(consumer.row(), provider.row()).ifPresentOrElse(
            l -> relations.add(new RelationPlan(s.name(), l.consumerEndpoint(), d.service(), l.providerEndpoint(),
                l.interfaceName(), !d.required())),
            () -> diagnostics.warn("charm.unmapped", "service " + s.name() + " depends on " + d.service() + ", but"
                + " gen knows no relation between the Charmhub charms " + consumer.charm() + " and "
                + provider.charm() + "; relate them by hand if they have one", d.location(), at));
      } else if (consumer.row().protocol() != Protocol.INGRESS) {
        diagnostics.warn("charm.unmapped", "service " + s.name() + " depends on " + d.service() + ", but the"
            + " Charmhub charm " + consumer.charm() + " cannot use a generated charm's address; the charms are not"
            + " related", d.location(), at);
      }
    }
  }
}
