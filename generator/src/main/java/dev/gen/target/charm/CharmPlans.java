package dev.gen.target.charm;

import dev.gen.diag.GenException;
import java.util.List;
import java.util.Optional;

/**
 * The charm plans of a whole project, and the relations between them. Plans are computed for every service (names
 * and endpoints depend on all of them); {@link #selected()} holds the ones the user asked to write.
 *
 * @param options what the user asked for
 * @param all one plan per service, sorted by service name
 * @param selected the plans to write, in the order asked for (all plans when none were named)
 * @param relations one relation per dependency between two services of the project, sorted by consumer then
 *     provider; for a reverse proxy deployed from Charmhub, the service it proxies to is the consumer (it requires
 *     ingress)
 * @param charmhub the services deployed from Charmhub charms instead (they have no plan), sorted by service
 */
public record CharmPlans(
    CharmOptions options,
    List<CharmPlan> all,
    List<CharmPlan> selected,
    List<RelationPlan> relations,
    List<CharmhubApp> charmhub) {

  public CharmPlans {
    all = List.copyOf(all);
    selected = List.copyOf(selected);
    relations = List.copyOf(relations);
    charmhub = List.copyOf(charmhub);
  }

  /** Plans without Charmhub charms. */
  public CharmPlans(
      CharmOptions options, List<CharmPlan> all, List<CharmPlan> selected, List<RelationPlan> relations) {
    this(options, all, selected, relations, List.of());
  }

  /** The Charmhub charm a service is deployed from, if it is. */
  public Optional<CharmhubApp> charmhubApp(String service) {
    return charmhub.stream().filter(a -> a.service().equals(service)).findFirst();
  }

  /** The application name of a service: its safe name, whether its charm is generated or from Charmhub. */
  public String appName(String service) {
    return forService(service).map(CharmPlan::baseName)
        .or(() -> charmhubApp(service).map(CharmhubApp::appName))
        .orElseThrow(() -> GenException.usage("no charm for service '" + service + "'"));
  }

  /** The name of a service's charm: its generated charm, or the Charmhub charm that replaces it. */
  public String charmName(String service) {
    return forService(service).map(CharmPlan::name)
        .or(() -> charmhubApp(service).map(CharmhubApp::charm))
        .orElseThrow(() -> GenException.usage("no charm for service '" + service + "'"));
  }

  /** The plan of a service. */
  public Optional<CharmPlan> forService(String service) {
    return all.stream().filter(p -> p.service().equals(service)).findFirst();
  }

  /** The plan of a service, which must have a generated charm. */
  public CharmPlan plan(String service) {
    return forService(service).orElseThrow(() -> GenException.usage("no charm for service '" + service + "'"));
  }

  /**
   * The relation for a dependency of {@code consumer} on {@code provider}: both sides' endpoint names and the
   * interface, as a bundle relates them.
   */
  public Optional<RelationPlan> relation(String consumer, String provider) {
    return relations.stream()
        .filter(r -> r.consumer().equals(consumer) && r.provider().equals(provider))
        .findFirst();
  }

  /** The relations in which {@code service} is the consumer or the provider. */
  public List<RelationPlan> relationsOf(String service) {
    return relations.stream()
        .filter(r -> r.consumer().equals(service) || r.provider().equals(service))
        .toList();
  }
}
