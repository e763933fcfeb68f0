package dev.gen.target.charm.machine;

import dev.gen.model.ContainerOptions;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import dev.gen.target.charm.machine.MachineCharmView.Port;
import dev.gen.target.charm.machine.MachineCharmView.PullPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a {@link MachineCharmView} that follow from the service model alone, in the runtime's terms: ports,
 * health check, restart policy, stop timeout, pull policy, engine options, and how an environment value that names
 * other services is cut into parts. The charm plan supplies the rest (option, endpoint and storage names) and reports
 * what a machine charm cannot express.
 */
public final class MachineFacts {

  private MachineFacts() {}

  /**
   * The container ports: the published ones as Compose gives them, the others (unpublished {@code ports} and
   * {@code expose}) on any free host port, which the provider tells its consumers. A machine charm's consumers run
   * on other machines, so a port they use must be published.
   */
  public static List<Port> ports(Service service) {
    List<Port> ports = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PortMapping p : service.ports()) {
      ports.add(new Port(p.target(), p.isPublished() ? p.published() : "", p.hostIp(), p.protocol()));
      seen.add(p.target() + "/" + p.protocol());
    }
    for (ExposedPort p : service.expose()) {
      if (seen.add(p.port() + "/" + p.protocol())) {
        ports.add(new Port(p.port(), "", "", p.protocol()));
      }
    }
    return ports;
  }

  /**
   * The health check in the runtime's terms, or null to keep the image's (also when the input only changes the
   * timing of the image's check, which {@code --health-cmd} cannot leave out).
   */
  public static Health health(Healthcheck check) {
    if (check == null) {
      return null;
    }
    if (check.disabled() || !check.test().isEmpty() && "NONE".equals(check.test().get(0))) {
      return new Health(Health.Kind.DISABLED, List.of(), null, null, null, null);
    }
    if (check.command().isEmpty()) {
      return null;
    }
    if (check.isShell()) {
      return new Health(Health.Kind.SHELL, List.of(String.join(" ", check.command())), check.interval(),
          check.timeout(), check.startPeriod(), check.retries());
    }
    if (check.isExec()) {
      return new Health(Health.Kind.EXEC, check.command(), check.interval(), check.timeout(), check.startPeriod(),
          check.retries());
    }
    return null;
  }

  /** Docker's and Podman's {@code --restart} value. */
  public static String restart(RestartPolicy policy) {
    return switch (policy.condition()) {
      case NO -> "no";
      case ALWAYS -> "always";
      case UNLESS_STOPPED -> "unless-stopped";
      case ON_FAILURE -> policy.maxAttempts() == null ? "on-failure" : "on-failure:" + policy.maxAttempts();
    };
  }

  /** Whole seconds a stop waits before it kills (Compose's {@code stop_grace_period}; 10 by default). */
  public static int stopTimeoutSeconds(ContainerOptions options) {
    Duration grace = options.stopGracePeriod();
    if (grace == null) {
      return 10;
    }
    long seconds = grace.toSeconds() + (grace.toNanosPart() > 0 ? 1 : 0);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, seconds));
  }

  /** Compose's {@code pull_policy}: {@code always} and {@code never} are kept; the others pull when missing. */
  public static PullPolicy pullPolicy(String composePolicy) {
    if ("always".equals(composePolicy)) {
      return PullPolicy.ALWAYS;
    }
    if ("never".equals(composePolicy)) {
      return PullPolicy.NEVER;
    }
    return PullPolicy.MISSING;
  }

  /**
   * The runtime options for what Docker and Podman both express with one {@code create} option each: engine
   * settings, resource limits, tmpfs mounts, and the host or no network.
   */
  public static List<String> runOptions(Service service) {
    List<String> o = new ArrayList<>();
    ContainerOptions c = service.options();
    if (c.privileged()) {
      o.add("--privileged");
    }
    c.capAdd().forEach(v -> o.add("--cap-add=" + v));
    c.capDrop().forEach(v -> o.add("--cap-drop=" + v));
    if (c.readOnlyRootFilesystem()) {
      o.add("--read-only");
    }
    if (Boolean.TRUE.equals(c.init())) {
      o.add("--init");
    }
    if (c.hostname() != null) {
      o.add("--hostname=" + c.hostname());
    }
    for (Map.Entry<String, List<String>> host : c.extraHosts().entrySet()) {
      host.getValue().forEach(address -> o.add("--add-host=" + host.getKey() + ":" + address));
    }
    if (c.stopSignal() != null) {
      o.add("--stop-signal=" + c.stopSignal());
    }
    if (c.tty()) {
      o.add("--tty");
    }
    if (c.stdinOpen()) {
      o.add("--interactive");
    }
    if (c.platform() != null) {
      o.add("--platform=" + c.platform());
    }
    if (c.shmSizeBytes() != null) {
      o.add("--shm-size=" + c.shmSizeBytes() + "b");
    }
    c.sysctls().forEach((k, v) -> o.add("--sysctl=" + k + "=" + v));
    c.ulimits().forEach((k, v) -> o.add("--ulimit=" + k + "=" + v));
    c.devices().forEach(v -> o.add("--device=" + v));
    c.dns().forEach(v -> o.add("--dns=" + v));
    c.securityOpt().forEach(v -> o.add("--security-opt=" + v));
    c.groupAdd().forEach(v -> o.add("--group-add=" + v));
    Resources r = service.deployment().resources();
    if (r.cpuLimit() != null) {
      o.add("--cpus=" + plain(r.cpuLimit()));
    }
    if (r.memoryLimitBytes() != null) {
      o.add("--memory=" + r.memoryLimitBytes() + "b");
    }
    if (r.memoryReservationBytes() != null) {
      o.add("--memory-reservation=" + r.memoryReservationBytes() + "b");
    }
    if (r.pidsLimit() != null) {
      o.add("--pids-limit=" + r.pidsLimit());
    }
    for (Mount m : service.mounts()) {
      if (m.type() == Mount.Type.TMPFS) {
        o.add("--tmpfs=" + m.target() + (m.sizeBytes() == null ? "" : ":size=" + m.sizeBytes()));
      }
    }
    if ("host".equals(service.networkMode()) || "none".equals(service.networkMode())) {
      o.add("--network=" + service.networkMode());
    }
    return o;
  }

  /**
   * Cuts an environment value that names other services into parts: the text around each mention, the mention's
   * host (and port, where the value has one) as what the relation provides. {@code endpointOf} gives the endpoint
   * that relates to a service, or null when there is none (the mention is then kept as text).
   */
  public static List<EnvPart> parts(EnvVar variable, Function<String, String> endpointOf) {
    String value = variable.value() == null ? "" : variable.value();
    List<ServiceReference> references = new ArrayList<>(variable.references());
    references.sort(Comparator.comparingInt(ServiceReference::hostStart));
    List<EnvPart> parts = new ArrayList<>();
    int cursor = 0;
    for (ServiceReference ref : references) {
      String endpoint = endpointOf.apply(ref.service());
      if (endpoint == null || ref.hostStart() < cursor || ref.hostEnd() > value.length()) {
        continue;
      }
      text(parts, value.substring(cursor, ref.hostStart()));
      parts.add(new EnvPart.RelationHost(endpoint, value.substring(ref.hostStart(), ref.hostEnd())));
      cursor = ref.hostEnd();
      if (ref.hasPort() && ref.portStart() >= cursor && ref.portEnd() <= value.length()) {
        text(parts, value.substring(cursor, ref.portStart()));
        parts.add(new EnvPart.RelationPort(endpoint, ref.port()));
        cursor = ref.portEnd();
      }
    }
    text(parts, value.substring(cursor));
    if (parts.isEmpty()) {
      parts.add(new EnvPart.Text(""));
    }
    return parts;
  }

  private static void text(List<EnvPart> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(new EnvPart.Text(text));
    }
  }

  /** A Go duration ({@code 90s}, {@code 1500ms}), as the runtimes' {@code --health-*} options read it. */
  static String goDuration(Duration duration) {
    if (duration == null) {
      return "";
    }
    if (duration.toNanosPart() % 1_000_000 != 0) {
      return duration.toNanos() + "ns";
    }
    if (duration.toNanosPart() != 0) {
      return duration.toMillis() + "ms";
    }
    return duration.toSeconds() + "s";
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
