package dev.gen.target.charm;

import dev.gen.diag.GenException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The charm plans of a whole project, and the relations between them. Plans are computed for every service (names
 * and endpoints depend on all of them); {@link #selected()} holds the ones the user asked to write.
 *
 * <p>Immutable data like a record, with indexes by service built once: every charm's views look other services'
 * plans and relations up, so a linear search per look-up would make a project's charms cost the square of its size.
 */
public final class CharmPlans {

  private final CharmOptions options;
  private final List<CharmPlan> all;
  private final List<CharmPlan> selected;
  private final List<RelationPlan> relations;
  private final List<CharmhubApp> charmhub;

  private final Map<String, CharmPlan> planByService = new HashMap<>();
  private final Map<String, CharmhubApp> charmhubByService = new HashMap<>();
  private final Map<String, List<RelationPlan>> relationsByService = new HashMap<>();
  private final Map<Pair, RelationPlan> relationByPair = new HashMap<>();

  private record Pair(String consumer, String provider) {}

  /**
   * @param options what the user asked for
   * @param all one plan per service, sorted by service name
   * @param selected the plans to write, in the order asked for (all plans when none were named)
   * @param relations one relation per dependency between two services of the project, sorted by consumer then
   *     provider; for a reverse proxy deployed from Charmhub, the service it proxies to is the consumer (it requires
   *     ingress)
   * @param charmhub the services deployed from Charmhub charms instead (they have no plan), sorted by service
   */
  public CharmPlans(
      CharmOptions options,
      List<CharmPlan> all,
      List<CharmPlan> selected,
      List<RelationPlan> relations,
      List<CharmhubApp> charmhub) {
    this.options = options;
    this.all = List.copyOf(all);
    this.selected = List.copyOf(selected);
    this.relations = List.copyOf(relations);
    this.charmhub = List.copyOf(charmhub);
    // the first of each, as a search in list order would find it
    for (CharmPlan p : this.all) {
      planByService.putIfAbsent(p.service(), p);
    }
    for (CharmhubApp a : this.charmhub) {
      charmhubByService.putIfAbsent(a.service(), a);
    }
    for (RelationPlan r : this.relations) {
      relationsByService.computeIfAbsent(r.consumer(), k -> new ArrayList<>()).add(r);
      if (!r.provider().equals(r.consumer())) {
        relationsByService.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(r);
      }
      relationByPair.putIfAbsent(new Pair(r.consumer(), r.provider()), r);
    }
  }

  /** Plans without Charmhub charms. */
  public CharmPlans(
      CharmOptions options, List<CharmPlan> all, List<CharmPlan> selected, List<RelationPlan> relations) {
    this(options, all, selected, relations, List.of());
  }

  public CharmOptions options() {
    return options;
  }

  public List<CharmPlan> all() {
    return all;
  }

  public List<CharmPlan> selected() {
    return selected;
  }

  public List<RelationPlan> relations() {
    return relations;
  }

  public List<CharmhubApp> charmhub() {
    return charmhub;
  }

  /** The Charmhub charm a service is deployed from, if it is. */
  public Optional<CharmhubApp> charmhubApp(String service) {
    return Optional.ofNullable(charmhubByService.get(service));
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
    return Optional.ofNullable(planByService.get(service));
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
    return Optional.ofNullable(relationByPair.get(new Pair(consumer, provider)));
  }

  /** The relations in which {@code service} is the consumer or the provider, in the order of {@link #relations()}. */
  public List<RelationPlan> relationsOf(String service) {
    return List.copyOf(relationsByService.getOrDefault(service, List.of()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CharmPlans p && Objects.equals(options, p.options) && all.equals(p.all) && selected.equals(p.selected)
        && relations.equals(p.relations) && charmhub.equals(p.charmhub);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, all, selected, relations, charmhub);
  }

  @Override
  public String toString() {
    return "CharmPlans[options=" + options + ", all=" + all + ", selected=" + selected + ", relations=" + relations
        + ", charmhub=" + charmhub + "]";
  }
}
