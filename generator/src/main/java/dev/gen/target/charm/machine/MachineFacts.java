package dev.gen.target.charm.machine;

import dev.gen.model.ContainerOptions;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import dev.gen.target.charm.machine.MachineCharmView.PullPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of a {@link MachineCharmView} that the charm plan gives in Pebble's terms, taken from the service model
 * in the runtimes' terms instead: the health check (with its command and start period), the restart policy, the
 * pull policy and the engine options. Everything else comes from the plan ({@link MachineCharmViews}), which also
 * reports what a machine charm cannot express.
 */
public final class MachineFacts {

  private MachineFacts() {}

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

  /**
   * Whole seconds a stop waits before it kills: Compose's {@code stop_grace_period}, which the plan carries as the
   * restart's kill delay; 10 by default, as in the runtimes.
   */
  public static int stopTimeoutSeconds(Duration grace) {
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

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
