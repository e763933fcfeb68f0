package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.ContainerOptions;
import dev.gen.model.Dependency;
import dev.gen.model.Deployment;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.NetworkAttachment;
import dev.gen.model.PortMapping;
import dev.gen.model.ResourceRef;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import java.util.List;
import java.util.Map;

/**
 * Reports, as {@code charm.unmapped} warnings with the element's location and key path, everything in a service
 * that a charm cannot express, so that nothing is dropped silently. What the charm does express is handled by the
 * other planners; this class only looks for the rest.
 */
final class UnmappedReporter {

  private final Diagnostics diagnostics;

  UnmappedReporter(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void report(Service s, CharmFlavour flavour) {
    String path = "services." + s.name();
    ports(s, path, flavour);
    mounts(s, path, flavour);
    dependencies(s, path);
    deployment(s, path, flavour);
    restart(s.restart(), path, flavour);
    if (flavour == CharmFlavour.K8S) {
      // a machine charm puts the labels on its container
      labels(s, path);
    }
    for (int i = 0; i < s.configs().size(); i++) {
      ResourceRef c = s.configs().get(i);
      warn("config " + c.name() + " is not carried into the charm; put its content into the image or a config"
          + " option", c.location(), path + ".configs[" + i + "]");
    }
    for (NetworkAttachment n : s.networks()) {
      if (!n.network().equals("default") || !n.aliases().isEmpty() || n.ipv4Address() != null
          || n.ipv6Address() != null) {
        warn("network " + n.network() + " (its aliases and addresses) has no Juju equivalent: units reach each"
            + " other through relations", n.location(), path + ".networks." + n.network());
      }
    }
    boolean runtimeNetwork = "host".equals(s.networkMode()) || "none".equals(s.networkMode());
    if (s.networkMode() != null && (flavour == CharmFlavour.K8S || !runtimeNetwork)) {
      warn("network_mode " + s.networkMode() + " has no Juju equivalent", s.location(), path + ".network_mode");
    }
    if (flavour == CharmFlavour.K8S) {
      options(s.options(), s.location(), path);
    } else {
      machine(s, path);
    }
    timingWithoutTest(s, path, flavour);
  }

  /**
   * What a machine charm cannot carry: it runs the container with the runtime's own options (engine settings,
   * limits, the health check as compose gives it), so only the few things the runtimes' {@code create} lacks are
   * left.
   */
  private void machine(Service s, String path) {
    ContainerOptions o = s.options();
    if (o.containerName() != null) {
      warn("the container name " + o.containerName() + " is not carried over (the charm names the container after"
          + " the unit)", s.location(), path + ".container_name");
    }
    if (o.pullPolicy() != null && !List.of("always", "never", "missing", "if_not_present").contains(o.pullPolicy())) {
      warn("the pull policy " + o.pullPolicy() + " is not carried over: the charm pulls a missing image, and the"
          + " rebuild action pulls again", s.location(), path + ".pull_policy");
    }
    Healthcheck hc = s.healthcheck();
    if (hc != null && hc.startInterval() != null && !hc.startInterval().isZero()) {
      warn("the health check's start interval is not carried over (Podman has no such option)", hc.location(),
          path + ".healthcheck.start_interval");
    }
  }

  /** A health check that only times the image's own check: neither flavour has a command to time. */
  private void timingWithoutTest(Service s, String path, CharmFlavour flavour) {
    Healthcheck hc = s.healthcheck();
    if (hc != null && !hc.disabled() && hc.command().isEmpty()
        && (hc.interval() != null || hc.timeout() != null || hc.startPeriod() != null || hc.retries() != null)) {
      warn("the health check's timing without its test is not carried over: " + (flavour == CharmFlavour.MACHINE
          ? "the runtimes take a check's timing only with its command, so the image's check keeps its own"
          : "Pebble does not run the image's check, and there is no command to time"), hc.location(),
          path + ".healthcheck");
    }
  }

  private void ports(Service s, String path, CharmFlavour flavour) {
    // the planner keeps only tcp and udp ports, exposed or published: anything else would vanish without this
    for (int i = 0; i < s.expose().size(); i++) {
      ExposedPort e = s.expose().get(i);
      if (!e.protocol().equals("tcp") && !e.protocol().equals("udp")) {
        warn("port " + e.port() + "/" + e.protocol() + ": Juju opens only tcp and udp ports", e.location(),
            path + ".expose[" + i + "]");
      }
    }
    for (int i = 0; i < s.ports().size(); i++) {
      PortMapping p = s.ports().get(i);
      String at = path + ".ports[" + i + "]";
      if (!p.protocol().equals("tcp") && !p.protocol().equals("udp")) {
        warn("port " + p.target() + "/" + p.protocol() + ": Juju opens only tcp and udp ports", p.location(), at);
      }
      if (flavour == CharmFlavour.K8S && p.hostIp() != null && !p.hostIp().isEmpty()) {
        warn("port " + p.target() + " is published on host address " + p.hostIp() + "; Juju opens ports on all"
            + " of the unit's addresses", p.location(), at + ".host_ip");
      }
      if (flavour == CharmFlavour.K8S && p.isPublished() && !p.published().equals(String.valueOf(p.target()))) {
        diagnostics.notice("charm.unmapped", "port " + p.target() + " was published on host port " + p.published()
            + "; on Kubernetes the application's service exposes " + p.target() + " itself (use juju expose or an"
            + " ingress for outside access)", p.location(), at + ".published");
      }
      if (p.mode().equals("host")) {
        warn("port " + p.target() + " uses mode host, which Juju cannot express", p.location(), at + ".mode");
      }
    }
  }

  private void mounts(Service s, String path, CharmFlavour flavour) {
    for (int i = 0; i < s.mounts().size(); i++) {
      Mount m = s.mounts().get(i);
      String at = path + ".volumes[" + i + "]";
      switch (m.type()) {
        case VOLUME -> { }
        case BIND -> warn("bind mount of " + m.source() + " at " + m.target() + " is not carried into the charm;"
            + " a unit has no project directory (put the files into the image, or use storage)", m.location(), at);
        case TMPFS -> {
          if (flavour == CharmFlavour.K8S) {
            warn("tmpfs at " + m.target() + " has no equivalent in a Kubernetes charm", m.location(), at);
          }
        }
        default -> warn(m.type().name().toLowerCase(java.util.Locale.ROOT) + " mount at " + m.target()
            + " has no charm equivalent", m.location(), at);
      }
    }
  }

  private void dependencies(Service s, String path) {
    for (Dependency d : s.dependencies()) {
      String at = path + ".depends_on." + d.service();
      if (d.via().contains(Dependency.Via.NETWORK_MODE)) {
        warn("sharing the network namespace of " + d.service() + " (network_mode: service) has no Juju"
            + " equivalent; the charms are related instead", d.location(), path + ".network_mode");
      }
      if (d.via().contains(Dependency.Via.VOLUMES_FROM)) {
        warn("volumes_from " + d.service() + " has no Juju equivalent: each charm has its own storage",
            d.location(), path + ".volumes_from");
      }
      if (d.condition() == Dependency.Condition.SERVICE_COMPLETED_SUCCESSFULLY) {
        warn("the condition service_completed_successfully on " + d.service() + " has no Juju equivalent: the"
            + " charm waits for the relation only", d.location(), at + ".condition");
      } else if (d.condition() == Dependency.Condition.SERVICE_HEALTHY) {
        diagnostics.notice("charm.unmapped", "the condition service_healthy on " + d.service() + " becomes: wait"
            + " until the relation has the provider's address", d.location(), at + ".condition");
      }
      if (d.alias() != null && !d.alias().equals(d.service())) {
        warn("the link alias " + d.alias() + " for " + d.service() + " does not resolve in the charm's"
            + " workload; only environment values naming the service are rewritten", d.location(),
            path + ".links");
      }
    }
  }

  private void deployment(Service s, String path, CharmFlavour flavour) {
    Deployment d = s.deployment();
    String at = path + ".deploy";
    if (d.isGlobal()) {
      warn("deploy mode global (one copy per node) has no Juju equivalent; the charm is deployed with"
          + " the number of units you choose", d.location(), at + ".mode");
    }
    if (flavour == CharmFlavour.K8S) {
      if (d.resources().cpuLimit() != null) {
        warn("the CPU limit " + d.resources().cpuLimit() + " is not carried over; set a cpu constraint at deploy"
            + " time if you need one", d.location(), at + ".resources.limits.cpus");
      }
      if (d.resources().pidsLimit() != null) {
        warn("the process limit has no Juju equivalent", d.location(), at + ".resources.limits.pids");
      }
      if (d.resources().cpuReservation() != null || d.resources().memoryReservationBytes() != null) {
        warn("resource reservations have no Juju equivalent", d.location(), at + ".resources.reservations");
      }
    } else if (d.resources().cpuReservation() != null) {
      // a machine charm gives the runtime the CPU and memory limits, the process limit and the memory reservation
      warn("the CPU reservation is not carried over (the runtimes reserve memory only)", d.location(),
          at + ".resources.reservations.cpus");
    }
    for (int i = 0; i < d.placementConstraints().size(); i++) {
      warn("the placement constraint '" + d.placementConstraints().get(i) + "' has no Juju equivalent",
          d.location(), at + ".placement.constraints[" + i + "]");
    }
    for (int i = 0; i < d.placementPreferences().size(); i++) {
      warn("the placement preference '" + d.placementPreferences().get(i) + "' has no Juju equivalent",
          d.location(), at + ".placement.preferences[" + i + "]");
    }
    for (String label : d.labels().keySet()) {
      warn("the deploy label " + label + " has no Juju equivalent", d.location(), at + ".labels." + label);
    }
  }

  private void restart(RestartPolicy r, String path, CharmFlavour flavour) {
    boolean machine = flavour == CharmFlavour.MACHINE;
    // the runtimes count attempts only for on-failure (--restart=on-failure:N)
    if (r.maxAttempts() != null && !(machine && r.condition() == RestartPolicy.Condition.ON_FAILURE)) {
      warn((machine ? "the runtimes limit restarts only for on-failure" : "Pebble restarts without a limit")
          + ": max attempts " + r.maxAttempts() + " is not carried over", r.location(), path + ".restart");
    }
    if (r.window() != null) {
      warn((machine ? "Docker and Podman have" : "Pebble has") + " no restart window", r.location(),
          path + ".deploy.restart_policy.window");
    }
    if (machine && r.delay() != null && !r.delay().isZero()) {
      warn("Docker and Podman wait between restarts as they choose: the delay of " + GoDurations.format(r.delay())
          + " is not carried over", r.location(), path + ".deploy.restart_policy.delay");
    }
  }

  private void labels(Service s, String path) {
    for (Map.Entry<String, String> label : s.labels().entrySet()) {
      String key = label.getKey();
      if (key.startsWith("org.opencontainers.image.") || key.startsWith("org.label-schema.")) {
        continue;
      }
      warn("the label " + key + " is not carried into the charm", s.location(), path + ".labels." + key);
    }
  }

  private void options(ContainerOptions o, SourceLocation at, String path) {
    if (o.privileged()) {
      warn("privileged containers are not carried into the charm", at, path + ".privileged");
    }
    list(o.capAdd(), "added capabilities", at, path + ".cap_add");
    list(o.capDrop(), "dropped capabilities", at, path + ".cap_drop");
    if (o.readOnlyRootFilesystem()) {
      warn("a read-only root filesystem is not carried into the charm", at, path + ".read_only");
    }
    if (o.init() != null && o.init()) {
      warn("init is not carried over (Pebble is the workload container's init)", at, path + ".init");
    }
    if (o.hostname() != null) {
      warn("the host name " + o.hostname() + " is not carried over", at, path + ".hostname");
    }
    for (String host : o.extraHosts().keySet()) {
      warn("the extra host " + host + " is not carried over", at, path + ".extra_hosts." + host);
    }
    if (o.stopSignal() != null && !o.stopSignal().equals("SIGTERM") && !o.stopSignal().equals("TERM")) {
      warn("the stop signal " + o.stopSignal() + " is not carried over (Pebble stops with SIGTERM)", at,
          path + ".stop_signal");
    }
    if (o.tty()) {
      warn("tty is not carried over", at, path + ".tty");
    }
    if (o.stdinOpen()) {
      warn("stdin_open is not carried over", at, path + ".stdin_open");
    }
    if (o.pullPolicy() != null) {
      warn("the pull policy " + o.pullPolicy() + " is not carried over", at, path + ".pull_policy");
    }
    if (o.platform() != null) {
      warn("the platform " + o.platform() + " is not carried over; choose charm platforms in charmcraft.yaml",
          at, path + ".platform");
    }
    if (o.containerName() != null) {
      warn("the container name " + o.containerName() + " is not carried over (Juju names units)", at,
          path + ".container_name");
    }
    if (o.shmSizeBytes() != null) {
      warn("the shared memory size is not carried over", at, path + ".shm_size");
    }
    for (String key : o.sysctls().keySet()) {
      warn("the sysctl " + key + " is not carried over", at, path + ".sysctls." + key);
    }
    for (String key : o.ulimits().keySet()) {
      warn("the ulimit " + key + " is not carried over", at, path + ".ulimits." + key);
    }
    list(o.devices(), "devices", at, path + ".devices");
    list(o.dns(), "DNS servers", at, path + ".dns");
    list(o.securityOpt(), "security options", at, path + ".security_opt");
    list(o.groupAdd(), "additional groups", at, path + ".group_add");
  }

  private void list(List<String> items, String what, SourceLocation at, String path) {
    for (int i = 0; i < items.size(); i++) {
      warn(what + " (" + items.get(i) + ") are not carried into the charm", at, path + "[" + i + "]");
    }
  }

  private void warn(String message, SourceLocation location, String keyPath) {
    diagnostics.warn("charm.unmapped", message, location, keyPath);
  }
}
