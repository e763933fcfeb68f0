package dev.gen.target.blueprint;

import dev.gen.diag.GenException;
import dev.gen.model.ContainerOptions;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The container style: Brooklyn's {@code DockerContainer} on a {@code docker} location. The entity carries image,
 * inbound ports and environment; command, entrypoint, volumes and port bindings go to the location as jclouds
 * {@code templateOptions} in {@code provisioning.properties}.
 */
final class ContainerMapping {

  static final String TYPE = "org.apache.brooklyn.container.entity.docker.DockerContainer";
  static final String HEALTH_SENSOR = "healthcheck.http";

  private final ServiceMapping m;
  private final Service s;
  private final List<Map<String, Object>> parameters = new ArrayList<>();
  private final Map<String, Object> templateOptions = new LinkedHashMap<>();
  private final TreeSet<Integer> inboundPorts = new TreeSet<>();

  ContainerMapping(ServiceMapping mapping) {
    this.m = mapping;
    this.s = mapping.service;
  }

  EntitySpec map() {
    m.reportCommonUnmapped();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("docker.container.imageName", image());
    ports();
    List<Map<String, Object>> initializers = new ArrayList<>();
    List<Map<String, Object>> enrichers = new ArrayList<>(m.restartEnrichers());
    healthcheck(initializers, enrichers);
    if (!inboundPorts.isEmpty()) {
      config.put("docker.container.inboundPorts", inboundPorts.stream().map(String::valueOf).toList());
    }
    Map<String, Object> environment = environment();
    m.putEnvironmentValues(config);
    if (!environment.isEmpty()) {
      config.put("docker.container.environment", environment);
    }
    entrypointAndCommand();
    mounts();
    options();
    resources();
    Map<String, Object> provisioning = new LinkedHashMap<>(m.machineSize());
    if (!templateOptions.isEmpty()) {
      provisioning.put("templateOptions", templateOptions);
    }
    if (!provisioning.isEmpty()) {
      config.put("provisioning.properties", provisioning);
    }

    Map<String, Object> wiring = new LinkedHashMap<>();
    Object latch = m.latch();
    if (latch != null) {
      // the container is created while the machine is provisioned: only latch.provision holds it back
      wiring.put("latch.provision", latch);
    }
    m.putEnvironmentWiring(wiring);
    return new EntitySpec(s.name(), m.displayName(), m.description(), s.branding().icon(), TYPE, parameters,
        config, wiring, enrichers, m.restartPolicies(), initializers, s.deployment().replicas(),
        m.addresses.readSensors(s.name()), List.of());
  }

  private String image() {
    String image = s.image();
    if (s.build() != null) {
      if (image == null) {
        image = m.project.name() + "-" + s.name();
      }
      m.unmapped.report(s.build().location(), m.path + ".build", "a DockerContainer cannot build its image:"
          + " build " + image + " and push it to a registry the docker location can pull from (or use the vm"
          + " style, which builds on the machine)");
    }
    return image;
  }

  private void ports() {
    Map<Integer, Integer> bindings = new TreeMap<>();
    for (PortMapping p : s.ports()) {
      if (!"tcp".equals(p.protocol())) {
        m.unmapped.report(p.location(), m.path + ".ports", "the " + p.protocol() + " port " + p.target()
            + " is not carried over: DockerContainer's inbound ports are TCP");
        continue;
      }
      inboundPorts.add(p.target());
      if (p.hostIp() != null) {
        m.unmapped.report(p.location(), m.path + ".ports", "the host address " + p.hostIp()
            + " of port " + p.target() + " is not carried over");
      }
      if (p.published() != null && p.published().matches("[0-9]{1,5}")) {
        bindings.putIfAbsent(Integer.parseInt(p.published()), p.target());
      } else if (p.published() != null) {
        m.unmapped.report(p.location(), m.path + ".ports", "the host port range " + p.published()
            + " is not carried over: docker picks a host port for " + p.target());
      }
    }
    for (ExposedPort e : s.expose()) {
      if ("tcp".equals(e.protocol())) {
        inboundPorts.add(e.port());
      } else {
        m.unmapped.report(e.location(), m.path + ".expose", "the " + e.protocol() + " port " + e.port()
            + " is not carried over: DockerContainer's inbound ports are TCP");
      }
    }
    inboundPorts.addAll(m.addresses.referencedPorts(s.name()));
    if (!bindings.isEmpty()) {
      templateOptions.put("portBindings", bindings);
    }
  }

  private Map<String, Object> environment() {
    Map<String, Object> env = new LinkedHashMap<>();
    for (ServiceMapping.EnvBinding b : m.environment()) {
      EnvVar e = b.env();
      if (e.name().startsWith(YamlWriter.DSL_PREFIX)) {
        throw GenException.at(e.location(), m.path + ".environment." + e.name(), "blueprint.unsafe-name",
            "the environment variable name " + e.name() + " starts with $brooklyn:, which Brooklyn would run"
                + " as DSL");
      }
      parameters.add(m.envParameter(b));
      if (b.optional()) {
        m.unmapped.report(e.location(), m.path + ".environment." + e.name(), "the environment variable "
            + e.name() + " has no value (compose takes it from its environment): it is a parameter, but is"
            + " only passed to the container when you add it to docker.container.environment");
        continue;
      }
      env.put(e.name(), Dsl.config(b.parameter()));
    }
    return env;
  }

  private void entrypointAndCommand() {
    if (s.entrypoint() != null) {
      templateOptions.put("entrypoint", s.entrypoint());
    }
    if (s.command() != null) {
      templateOptions.put("commands", s.command());
    }
  }

  private void mounts() {
    Map<String, Object> volumes = new LinkedHashMap<>();
    String at = m.path + ".volumes";
    for (Mount mount : s.mounts()) {
      if (mount.type() == Mount.Type.VOLUME && mount.isNamedVolume()) {
        String name = m.project.volume(mount.source())
            .filter(v -> v.external())
            .map(v -> v.externalName() != null ? v.externalName() : v.name())
            .orElse(m.project.name() + "_" + mount.source());
        volumes.put(name, mount.target());
      } else if (mount.type() == Mount.Type.BIND && mount.source() != null && mount.source().startsWith("/")) {
        volumes.put(mount.source(), mount.target());
      } else if (mount.type() == Mount.Type.VOLUME) {
        m.unmapped.report(mount.location(), at, "the anonymous volume at " + mount.target()
            + " is not carried over: the container's own file system is used");
        continue;
      } else {
        m.unmapped.report(mount.location(), at, "a " + mount.type().name().toLowerCase(Locale.ROOT)
            + " mount of " + mount.target() + " is not carried over");
        continue;
      }
      if (mount.readOnly()) {
        m.unmapped.report(mount.location(), at, "the mount of " + mount.target() + " is writable: jclouds'"
            + " volumes cannot be made read-only");
      }
    }
    if (!volumes.isEmpty()) {
      templateOptions.put("volumes", volumes);
    }
    for (ResourceRef r : s.secrets()) {
      m.unmapped.report(r.location(), m.path + ".secrets", "secret " + r.name() + " is not mounted: a"
          + " DockerContainer cannot receive files; use the vm style, or pass it as an environment variable");
    }
  }

  private void options() {
    ContainerOptions o = s.options();
    if (s.networkMode() != null) {
      templateOptions.put("networkMode", s.networkMode());
    }
    if (o.privileged()) {
      templateOptions.put("privileged", true);
    }
    if (!o.dns().isEmpty()) {
      templateOptions.put("dns", o.dns());
    }
    if (o.hostname() != null) {
      templateOptions.put("hostname", o.hostname());
    }
    if (!o.extraHosts().isEmpty()) {
      Map<String, Object> hosts = new LinkedHashMap<>();
      o.extraHosts().forEach((host, ips) -> {
        if (!ips.isEmpty()) {
          hosts.put(host, ips.get(0));
        }
        if (ips.size() > 1) {
          m.unmapped.report(s.location(), m.path + ".extra_hosts", "only the first address of extra host " + host
              + " is carried over: jclouds takes one address per host");
        }
      });
      templateOptions.put("extraHosts", hosts);
    }
    if (o.stdinOpen()) {
      templateOptions.put("openStdin", true);
    }
    String at = m.path;
    List<String> dropped = new ArrayList<>();
    if (s.user() != null) {
      dropped.add("user");
    }
    if (s.workingDir() != null) {
      dropped.add("working_dir");
    }
    if (!s.labels().isEmpty()) {
      dropped.add("labels");
    }
    if (!o.capAdd().isEmpty()) {
      dropped.add("cap_add");
    }
    if (!o.capDrop().isEmpty()) {
      dropped.add("cap_drop");
    }
    if (o.readOnlyRootFilesystem()) {
      dropped.add("read_only");
    }
    if (o.init() != null) {
      dropped.add("init");
    }
    if (o.stopSignal() != null) {
      dropped.add("stop_signal");
    }
    if (o.stopGracePeriod() != null) {
      dropped.add("stop_grace_period");
    }
    if (o.tty()) {
      dropped.add("tty");
    }
    if (o.pullPolicy() != null) {
      dropped.add("pull_policy");
    }
    if (o.platform() != null) {
      dropped.add("platform");
    }
    if (o.containerName() != null) {
      dropped.add("container_name");
    }
    if (o.shmSizeBytes() != null) {
      dropped.add("shm_size");
    }
    if (!o.sysctls().isEmpty()) {
      dropped.add("sysctls");
    }
    if (!o.ulimits().isEmpty()) {
      dropped.add("ulimits");
    }
    if (!o.devices().isEmpty()) {
      dropped.add("devices");
    }
    if (!o.securityOpt().isEmpty()) {
      dropped.add("security_opt");
    }
    if (!o.groupAdd().isEmpty()) {
      dropped.add("group_add");
    }
    for (String key : dropped) {
      m.unmapped.report(s.location(), at + "." + key, key + " is not carried over: DockerContainer and jclouds'"
          + " docker options have no such setting (the vm style passes it to docker run)");
    }
    RestartPolicy r = s.restart();
    if (r.maxAttempts() != null) {
      m.unmapped.report(r.location(), at + ".restart", "the limit of " + r.maxAttempts() + " restarts is not"
          + " carried over: Brooklyn's restarter gives up on failures that recur within 3 minutes instead");
    }
  }

  private void resources() {
    Resources r = s.deployment().resources();
    if (r.memoryLimitBytes() != null) {
      templateOptions.put("memory", (int) Math.min(Integer.MAX_VALUE, (r.memoryLimitBytes() + (1 << 20) - 1) >> 20));
    }
    if (r.cpuLimit() != null) {
      // CPU shares are relative weights: 1024 is one CPU's worth
      templateOptions.put("cpuShares", (int) Math.max(2, Math.round(r.cpuLimit() * 1024)));
    }
    if (r.pidsLimit() != null) {
      m.unmapped.report(s.deployment().location(), m.path + ".deploy.resources.limits.pids",
          "the process limit is not carried over");
    }
  }

  /**
   * An HTTP healthcheck becomes an {@code HttpRequestSensor} against the port's mapped address, and an
   * {@code UpdatingMap} that adds a "not up" indicator while the request fails, so that {@code service.isUp}
   * follows it ({@code DockerContainer} itself reports up as soon as the container exists). Other checks would
   * have to run inside the container, which a DockerContainer cannot do.
   */
  private void healthcheck(List<Map<String, Object>> initializers, List<Map<String, Object>> enrichers) {
    Healthcheck h = s.healthcheck();
    if (h == null || h.disabled()) {
      return;
    }
    if (h.command().isEmpty()) {
      // only the timing of the image's own check, which a DockerContainer does not run either
      if (h.interval() != null || h.timeout() != null || h.retries() != null || h.startPeriod() != null
          || h.startInterval() != null) {
        m.unmapped.report(h.location(), m.path + ".healthcheck", "the healthcheck's timing without its test is not"
            + " carried over: service.isUp only says that the container exists");
      }
      return;
    }
    HttpProbe probe = HttpProbe.of(h);
    if (probe == null) {
      m.unmapped.report(h.location(), m.path + ".healthcheck", "the healthcheck runs a command in the container,"
          + " which a DockerContainer cannot do: service.isUp only says that the container exists");
      return;
    }
    inboundPorts.add(probe.port());
    Map<String, Object> sensor = new LinkedHashMap<>();
    sensor.put("type", "org.apache.brooklyn.core.sensor.http.HttpRequestSensor");
    Map<String, Object> sc = new LinkedHashMap<>();
    sc.put("name", HEALTH_SENSOR);
    sc.put("uri", Dsl.formatString("http://%s" + Dsl.escapePercent(probe.path()),
        List.of(Dsl.ownAttributeWhenReady(Names.mappedPortSensor(probe.port())))));
    sc.put("jsonPath", "");
    sc.put("period", Durations.brooklyn(h.interval() == null ? java.time.Duration.ofSeconds(30) : h.interval()));
    sensor.put("brooklyn.config", sc);
    initializers.add(sensor);

    Map<Object, Object> failing = new LinkedHashMap<>();
    failing.put(Boolean.TRUE, "the healthcheck " + probe.path() + " on port " + probe.port() + " fails");
    failing.put(Boolean.FALSE, null);
    Map<String, Object> ec = new LinkedHashMap<>();
    ec.put("enricher.sourceSensor", Dsl.sensor(HEALTH_SENSOR));
    ec.put("enricher.targetSensor", Dsl.sensor("service.notUp.indicators"));
    ec.put("enricher.updatingMap.keyInTargetSensor", "healthcheck");
    ec.put("enricher.updatingMap.computing", function("compose",
        function("forMap", failing),
        function("forPredicate", object("com.google.common.base.Predicates", "isNull"))));
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", "org.apache.brooklyn.enricher.stock.UpdatingMap");
    e.put("brooklyn.config", ec);
    enrichers.add(e);
    if (h.timeout() != null || h.retries() != null || h.startPeriod() != null || h.startInterval() != null) {
      m.unmapped.report(h.location(), m.path + ".healthcheck", "the healthcheck's timeout, retries, start period"
          + " and start interval are not carried over: the request is made at the interval");
    }
  }

  /** {@code $brooklyn:object} calling a static factory method of Guava's {@code Functions}. */
  private static Map<String, Object> function(String method, Object... args) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "com.google.common.base.Functions");
    f.put("factoryMethod.name", method);
    f.put("factoryMethod.args", List.of(args));
    return Map.of("$brooklyn:object", f);
  }

  private static Map<String, Object> object(String type, String method) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", type);
    f.put("factoryMethod.name", method);
    return Map.of("$brooklyn:object", f);
  }
}
