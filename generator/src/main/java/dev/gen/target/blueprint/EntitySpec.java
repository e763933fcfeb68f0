package dev.gen.target.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service as a Brooklyn entity, split the way the catalog needs it: the {@code body} (type, parameters, config,
 * adjuncts) makes a reusable catalog item; the {@code wiring} (latches and the values that name other services)
 * only makes sense inside the application, next to the entities it names.
 *
 * @param id the plan id ({@code $brooklyn:entity("id")} finds it)
 * @param type the entity type
 * @param parameters {@code brooklyn.parameters} entries
 * @param config {@code brooklyn.config} of the reusable body
 * @param wiring {@code brooklyn.config} entries that refer to other entities of the application
 * @param replicas how many copies: more than one makes a {@code DynamicCluster} of this spec
 * @param clusterSensors sensors other services read from this one, which a cluster republishes from its first
 *     member
 * @param clusterParameters parameters that other services read through the cluster ({@code config(...)})
 */
record EntitySpec(
    String id,
    String name,
    String description,
    String iconUrl,
    String type,
    List<Map<String, Object>> parameters,
    Map<String, Object> config,
    Map<String, Object> wiring,
    List<Map<String, Object>> enrichers,
    List<Map<String, Object>> policies,
    List<Map<String, Object>> initializers,
    int replicas,
    List<String> clusterSensors,
    List<Map<String, Object>> clusterParameters) {

  static final String DYNAMIC_CLUSTER = "org.apache.brooklyn.entity.group.DynamicCluster";

  /**
   * The entity as a blueprint service entry.
   *
   * @param typeOverride the catalog reference to use instead of the body, or null to inline the body
   */
  Map<String, Object> toService(String typeOverride) {
    if (replicas > 1) {
      return cluster(typeOverride);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    putMember(m, typeOverride);
    return m;
  }

  /** The reusable body, as a catalog item's {@code item:}. */
  Map<String, Object> toCatalogItem() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    putBody(m, Map.of());
    return m;
  }

  private void putMember(Map<String, Object> m, String typeOverride) {
    if (typeOverride != null) {
      m.put("type", typeOverride);
      if (!wiring.isEmpty()) {
        m.put("brooklyn.config", new LinkedHashMap<>(wiring));
      }
    } else {
      m.put("type", type);
      putBody(m, wiring);
    }
  }

  private void putBody(Map<String, Object> m, Map<String, Object> extraConfig) {
    if (!parameters.isEmpty()) {
      m.put("brooklyn.parameters", parameters);
    }
    Map<String, Object> all = new LinkedHashMap<>(config);
    all.putAll(extraConfig);
    if (!all.isEmpty()) {
      m.put("brooklyn.config", all);
    }
    if (!initializers.isEmpty()) {
      m.put("brooklyn.initializers", initializers);
    }
    if (!enrichers.isEmpty()) {
      m.put("brooklyn.enrichers", enrichers);
    }
    if (!policies.isEmpty()) {
      m.put("brooklyn.policies", policies);
    }
  }

  /**
   * A {@code DynamicCluster} of this spec. Other services name the cluster's id; it republishes what they read
   * (the address, port sensors) from its first member, and declares the parameters they read, which its members
   * inherit.
   */
  private Map<String, Object> cluster(String typeOverride) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("name", name);
    c.put("type", DYNAMIC_CLUSTER);
    if (!clusterParameters.isEmpty()) {
      c.put("brooklyn.parameters", clusterParameters);
    }
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("name", name);
    putMember(member, typeOverride);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("cluster.initial.size", replicas);
    config.put("dynamiccluster.memberspec", Map.of("$brooklyn:entitySpec", member));
    c.put("brooklyn.config", config);
    List<Map<String, Object>> enrichers = new ArrayList<>();
    for (String sensor : clusterSensors) {
      Map<String, Object> ec = new LinkedHashMap<>();
      ec.put("enricher.sourceSensor", Dsl.sensor(sensor));
      ec.put("enricher.targetSensor", Dsl.sensor(sensor));
      ec.put("enricher.aggregating.fromMembers", true);
      ec.put("enricher.aggregator.excludeBlank", true);
      ec.put("enricher.transformation.untyped", "first");
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("type", "org.apache.brooklyn.enricher.stock.Aggregator");
      e.put("brooklyn.config", ec);
      enrichers.add(e);
    }
    if (!enrichers.isEmpty()) {
      c.put("brooklyn.enrichers", enrichers);
    }
    return c;
  }
}
