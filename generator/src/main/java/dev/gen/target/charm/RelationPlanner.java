package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Dependency;
import dev.gen.model.Project;
import dev.gen.model.Service;
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
 * Base names are safe names (lower case, single hyphens, no underscores), unique per project, so endpoint names
 * are valid for Juju, bundles and ops and cannot collide on ops's {@code -} to {@code _} folding; a name Juju
 * reserves ({@code juju}, {@code juju-*}) gets an {@code app-} prefix, and any remaining clash a {@code -2} suffix.
 */
final class RelationPlanner {

  /** The endpoints of every charm and the relations between them. */
  record Result(
      Map<String, List<Endpoint>> provides,
      Map<String, List<Endpoint>> requires,
      Map<String, List<Endpoint>> peers,
      List<RelationPlan> relations) {

    /** A consumer's requires endpoint names by provider service. */
    Map<String, String> endpointsByProvider(String consumer) {
      Map<String, String> byProvider = new TreeMap<>();
      for (Endpoint e : requires.getOrDefault(consumer, List.of())) {
        byProvider.put(e.service(), e.name());
      }
      return byProvider;
    }
  }

  private final Project project;
  private final Map<String, String> baseNames;
  private final Diagnostics diagnostics;

  RelationPlanner(Project project, Map<String, String> baseNames, Diagnostics diagnostics) {
    this.project = project;
    this.baseNames = baseNames;
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
    for (Service s : project.services()) {
      List<Dependency> known = new ArrayList<>();
      for (Dependency d : s.dependencies()) {
        if (project.service(d.service()).isEmpty()) {
          diagnostics.warn("charm.unmapped", "service " + s.name() + " depends on " + d.service()
              + ", which is not an active service of the project; the charm has no relation for it",
              d.location(), "services." + s.name() + ".depends_on." + d.service());
        } else if (!d.service().equals(s.name())) {
          known.add(d);
          providers.add(d.service());
        }
      }
      dependencies.put(s.name(), known);
    }
    Map<String, List<Endpoint>> provides = new TreeMap<>();
    Map<String, List<Endpoint>> requires = new TreeMap<>();
    Map<String, List<Endpoint>> peers = new TreeMap<>();
    List<RelationPlan> relations = new ArrayList<>();
    for (Service s : project.services()) {
      String base = baseNames.get(s.name());
      Set<String> taken = new HashSet<>();
      List<Endpoint> provided = new ArrayList<>();
      if (providers.contains(s.name())) {
        String name = CharmNames.unique(endpointName(base), taken);
        taken.add(CharmNames.opsForm(name));
        provided.add(new Endpoint(name, interfaceName(base), Endpoint.Role.PROVIDES, s.name(), true, null));
      }
      List<Endpoint> required = new ArrayList<>();
      for (Dependency d : dependencies.get(s.name())) {
        String providerBase = baseNames.get(d.service());
        String name = CharmNames.unique(endpointName(providerBase), taken);
        taken.add(CharmNames.opsForm(name));
        required.add(new Endpoint(name, interfaceName(providerBase), Endpoint.Role.REQUIRES, d.service(),
            !d.required(), 1));
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
    }
    for (Service s : project.services()) {
      for (Endpoint r : requires.get(s.name())) {
        Endpoint p = provides.get(r.service()).get(0);
        relations.add(new RelationPlan(s.name(), r.name(), r.service(), p.name(), r.interfaceName(), r.optional()));
      }
    }
    relations.sort(Comparator.comparing(RelationPlan::consumer).thenComparing(RelationPlan::provider));
    return new Result(provides, requires, peers, relations);
  }
}
