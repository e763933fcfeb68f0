package dev.gen.target.blueprint;

import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.Healthcheck;
import dev.gen.model.NetworkAttachment;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both styles do the same way: names and branding, environment variables as parameters (their values,
 * secrets and the addresses of other services), latches for {@code depends_on}, the restart policy as a failure
 * detector and restarter, resources as provisioning properties, and the warnings for what neither style carries.
 */
final class ServiceMapping {

  static final String FAILURE_DETECTOR = "org.apache.brooklyn.policy.ha.ServiceFailureDetector";
  static final String RESTARTER = "org.apache.brooklyn.policy.ha.ServiceRestarter";

  final Project project;
  final Service service;
  final BlueprintOptions options;
  final Addresses addresses;
  final Unmapped unmapped;
  final String path;

  ServiceMapping(Project project, Service service, BlueprintOptions options, Addresses addresses,
      Unmapped unmapped) {
    this.project = project;
    this.service = service;
    this.options = options;
    this.addresses = addresses;
    this.unmapped = unmapped;
    this.path = Names.servicePath(service);
  }

  String displayName() {
    String title = service.branding().title();
    return title == null || title.isBlank() ? service.name() : title;
  }

  String description() {
    String d = service.branding().description();
    if (d == null || d.isBlank()) {
      d = service.branding().summary();
    }
    // a description that only repeats the name says nothing
    return d == null || d.isBlank() || d.equals(displayName()) ? null : d;
  }

  /** One environment variable: its parameter, and where its value comes from. */
  record EnvBinding(EnvVar env, String parameter, int index, boolean optional) {}

  /** Every environment variable, with index (1-based, in name order) for the shell variable names. */
  List<EnvBinding> environment() {
    List<EnvBinding> out = new ArrayList<>();
    int i = 1;
    for (EnvVar e : service.environment()) {
      out.add(new EnvBinding(e, Names.envParameter(e.name(), i), i, e.value() == null && !e.secret()));
      i++;
    }
    return out;
  }

  /** The parameter that declares an environment variable. */
  Map<String, Object> envParameter(EnvBinding b) {
    EnvVar e = b.env();
    String description;
    Object defaultValue = null;
    if (e.secret()) {
      description = "The secret environment variable " + e.name() + ". It is read from the external config"
          + " supplier '" + options.secretSupplier() + "' (key '" + secretKey(e) + "'), never written here.";
    } else if (addresses.wires(e)) {
      description = "The environment variable " + e.name() + ". The application sets it to the address of "
          + String.join(" and ", Addresses.targets(e)) + "; the compose value was: " + e.value();
      defaultValue = YamlWriter.needsProtection(e.value()) ? null : e.value();
    } else if (e.value() == null) {
      description = "The environment variable " + e.name() + ", which the compose file takes from the deployer's"
          + " environment: set it, or the container does not get it.";
    } else {
      description = "The environment variable " + e.name() + ".";
      defaultValue = YamlWriter.needsProtection(e.value()) ? null : e.value();
    }
    return Parameters.of(b.parameter(), e.name(), "string", description, defaultValue);
  }

  String secretKey(EnvVar e) {
    return Names.secretKey(project, service, e.name(), service.environment().indexOf(e) + 1);
  }

  /** The value of a secret held by the external config supplier. */
  Object external(String key) {
    try {
      return Dsl.external(options.secretSupplier(), key);
    } catch (IllegalArgumentException unsafeKey) {
      // a key with characters the DSL's quoting cannot hold: the functional form takes it as a YAML scalar
      return Map.of("$brooklyn:external", List.of(options.secretSupplier(), key));
    }
  }

  /** The body's own values for environment parameters: secrets, and literals the parameter default cannot hold. */
  void putEnvironmentValues(Map<String, Object> config) {
    for (EnvBinding b : environment()) {
      EnvVar e = b.env();
      if (e.secret()) {
        config.put(b.parameter(), external(secretKey(e)));
      } else if (e.value() != null && YamlWriter.needsProtection(e.value())) {
        config.put(b.parameter(), e.value());
      }
    }
  }

  /** The application's values for environment variables that name other services. */
  void putEnvironmentWiring(Map<String, Object> wiring) {
    for (EnvBinding b : environment()) {
      if (addresses.wires(b.env())) {
        wiring.put(b.parameter(), addresses.wire(b.env()));
      }
    }
  }

  /**
   * A latch that holds the entity until every service it depends on is up ({@code depends_on}, {@code links},
   * {@code volumes_from}, {@code network_mode: service:x}; a mere mention in an environment value does not order
   * startup in compose either). For several dependencies, {@code formatString("%s%.0s...")} resolves (and so waits
   * for) every argument and yields the first one's {@code true}.
   */
  Object latch() {
    List<Dsl> ups = new ArrayList<>();
    for (Dependency d : service.dependencies()) {
      boolean ordering = d.via().stream().anyMatch(v -> v != Dependency.Via.ENVIRONMENT);
      if (!ordering) {
        continue;
      }
      if (project.service(d.service()).isEmpty() || !Names.isSafeServiceName(d.service())) {
        unmapped.report(d.location(), path + ".depends_on." + d.service(),
            "the dependency on " + d.service() + " is not deployed, so nothing waits for it");
        continue;
      }
      if (d.via().contains(Dependency.Via.VOLUMES_FROM)) {
        unmapped.report(d.location(), path + ".volumes_from", "volumes_from " + d.service() + " is not carried"
            + " over: the volumes are not shared; " + service.name() + " only waits for " + d.service());
      }
      if (d.alias() != null && !d.alias().equals(d.service())) {
        unmapped.report(d.location(), path + ".links", "the link alias " + d.alias() + " for " + d.service()
            + " does not resolve: only environment values naming the service are wired");
      }
      if (d.restart()) {
        unmapped.report(d.location(), path + ".depends_on." + d.service() + ".restart", "restart is not carried"
            + " over: Brooklyn does not restart " + service.name() + " when " + d.service() + " restarts");
      }
      if (d.condition() == Dependency.Condition.SERVICE_COMPLETED_SUCCESSFULLY) {
        unmapped.report(d.location(), path + ".depends_on." + d.service() + ".condition",
            "condition service_completed_successfully has no Brooklyn equivalent; " + service.name()
                + " waits for " + d.service() + " to be up instead");
      }
      ups.add(Dsl.attributeWhenReady(d.service(), "service.isUp"));
    }
    if (ups.isEmpty()) {
      return null;
    }
    if (ups.size() == 1) {
      return ups.get(0);
    }
    return Dsl.formatString("%s" + "%.0s".repeat(ups.size() - 1), ups);
  }

  /** {@code ServiceFailureDetector} (an enricher) for a restart policy. */
  List<Map<String, Object>> restartEnrichers() {
    if (!service.restart().restarts()) {
      return List.of();
    }
    Map<String, Object> config = new LinkedHashMap<>();
    Duration delay = failureStabilization();
    if (delay != null) {
      config.put("entityFailed.stabilizationDelay", Durations.brooklyn(delay));
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", FAILURE_DETECTOR);
    if (!config.isEmpty()) {
      e.put("brooklyn.config", config);
    }
    return List.of(e);
  }

  /**
   * How long a failure must last before the detector reports it: the healthcheck's retries times its interval,
   * which is when Docker would call the container unhealthy.
   */
  Duration failureStabilization() {
    Healthcheck h = service.healthcheck();
    if (h == null || h.disabled() || h.retries() == null || h.retries() <= 1) {
      return null;
    }
    Duration interval = h.interval() == null ? Duration.ofSeconds(30) : h.interval();
    return interval.multipliedBy(h.retries() - 1L);
  }

  /** {@code ServiceRestarter} (a policy) for a restart policy. */
  List<Map<String, Object>> restartPolicies() {
    if (!service.restart().restarts()) {
      return List.of();
    }
    RestartPolicy r = service.restart();
    String at = path + ".restart";
    if (r.delay() != null) {
      unmapped.report(r.location(), at + ".delay", "the restart delay is not carried over: Brooklyn restarts"
          + " as soon as it sees the failure");
    }
    if (r.window() != null) {
      unmapped.report(r.location(), at + ".window", "the restart window is not carried over");
    }
    if (r.condition() == RestartPolicy.Condition.ON_FAILURE) {
      // nothing to say: the detector reports failures, which is what on-failure restarts on
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", RESTARTER);
    return List.of(p);
  }

  /** {@code provisioning.properties} for the machine: the smallest size that fits the resources asked for. */
  Map<String, Object> machineSize() {
    Resources r = service.deployment().resources();
    Map<String, Object> out = new LinkedHashMap<>();
    Long memory = r.memoryReservationBytes() != null ? r.memoryReservationBytes() : r.memoryLimitBytes();
    if (memory != null && memory > 0) {
      out.put("minRam", (int) Math.min(Integer.MAX_VALUE, (memory + (1 << 20) - 1) >> 20));
    }
    Double cpus = r.cpuReservation() != null ? r.cpuReservation() : r.cpuLimit();
    if (cpus != null && cpus > 0) {
      out.put("minCores", (int) Math.ceil(cpus));
    }
    return out;
  }

  /** Warnings for what neither style carries. */
  void reportCommonUnmapped() {
    var d = service.deployment();
    if (d.isGlobal()) {
      unmapped.report(d.location(), path + ".deploy.mode",
          "deploy mode global (one copy per node) has no Brooklyn equivalent; one copy is deployed");
    }
    if (!d.placementConstraints().isEmpty()) {
      unmapped.report(d.location(), path + ".deploy.placement.constraints",
          "placement constraints are not carried over: choose the location instead");
    }
    if (!d.placementPreferences().isEmpty()) {
      unmapped.report(d.location(), path + ".deploy.placement.preferences",
          "placement preferences are not carried over");
    }
    if (!d.labels().isEmpty()) {
      unmapped.report(d.location(), path + ".deploy.labels", "deploy labels (Swarm service labels) are not"
          + " carried over");
    }
    for (NetworkAttachment n : service.networks()) {
      if (!n.aliases().isEmpty()) {
        unmapped.report(n.location(), path + ".networks." + n.network() + ".aliases",
            "network aliases are not carried over: other services reach this one by its address");
      }
      if (n.ipv4Address() != null || n.ipv6Address() != null) {
        unmapped.report(n.location(), path + ".networks." + n.network(),
            "fixed network addresses are not carried over");
      }
    }
    for (ResourceRef c : service.configs()) {
      unmapped.report(c.location(), path + ".configs", "config " + c.name() + " is not carried over: put the"
          + " file into the image or the machine");
    }
    if (!service.hints().brooklyn().isEmpty()) {
      unmapped.report(service.location(), path + ".x-brooklyn", "x-brooklyn hints are not read yet: "
          + String.join(", ", service.hints().brooklyn().keySet()));
    }
  }
}
