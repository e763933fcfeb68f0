package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.Deployment;
import dev.gen.model.Resources;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy} plus the service-level {@code scale}, {@code cpus}, {@code mem_limit}, {@code mem_reservation} and
 * {@code pids_limit} → {@link Deployment}. The {@code deploy} values win where both are given (the loader has
 * already rejected projects where they disagree). {@code deploy.restart_policy} is handed on to
 * {@link RestartMapper}.
 */
final class DeploymentMapper {

  /** The deployment, and the restart policy node for {@link RestartMapper} (null when absent). */
  record Result(Deployment deployment, YNode restartPolicy, String restartPolicyPath) {}

  private DeploymentMapper() {}

  static Result map(Keys service, SourceLocation serviceLocation, Diagnostics diagnostics) {
    Long scale = Values.integer(service.take("scale"), service.path("scale"));
    Double cpus = Values.cpus(service.take("cpus"), service.path("cpus"));
    Long memLimit = Values.bytes(service.take("mem_limit"), service.path("mem_limit"));
    Long memReservation = Values.bytes(service.take("mem_reservation"), service.path("mem_reservation"));
    Long pidsLimit = Values.integer(service.take("pids_limit"), service.path("pids_limit"));
    Resources legacy = new Resources(cpus, memLimit, pidsLimit, null, memReservation);

    String path = service.path("deploy");
    YMap deploy = Values.map(service.take("deploy"), path);
    SourceLocation location = deploy != null ? deploy.location()
        : service.has("scale") ? service.keyLocation("scale") : serviceLocation;
    if (deploy == null) {
      int replicas = scale == null ? 1 : replicas(scale, service.map().get("scale"), service.path("scale"));
      return new Result(new Deployment(replicas, null, legacy, List.of(), List.of(), Map.of(), location), null, null);
    }
    Keys keys = new Keys(deploy, Scope.DEPLOY, path, diagnostics);
    YNode replicasNode = keys.take("replicas");
    Long replicas = Values.integer(replicasNode, keys.path("replicas"));
    int count = replicas != null ? replicas(replicas, replicasNode, keys.path("replicas"))
        : scale != null ? replicas(scale, service.map().get("scale"), service.path("scale")) : 1;
    String mode = Values.string(keys.take("mode"), keys.path("mode"));
    Resources resources = resources(keys, legacy, diagnostics);
    List<String> constraints = new ArrayList<>();
    List<String> preferences = new ArrayList<>();
    placement(keys, constraints, preferences, diagnostics);
    Map<String, String> labels = Values.stringMap(keys.take("labels"), keys.path("labels"));
    YNode restartPolicy = keys.take("restart_policy");
    keys.finish();
    return new Result(
        new Deployment(count, mode, resources, constraints, preferences, labels, location),
        restartPolicy,
        keys.path("restart_policy"));
  }

  private static int replicas(long value, YNode node, String path) {
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw Values.invalid(node, path, "a number of replicas (0 or more)");
    }
    return (int) value;
  }

  private static Resources resources(Keys deploy, Resources legacy, Diagnostics diagnostics) {
    YMap map = Values.map(deploy.take("resources"), deploy.path("resources"));
    if (map == null) {
      return legacy;
    }
    Keys keys = new Keys(map, Scope.DEPLOY_RESOURCES, deploy.path("resources"), diagnostics);
    Double cpuLimit = legacy.cpuLimit();
    Long memoryLimit = legacy.memoryLimitBytes();
    Long pidsLimit = legacy.pidsLimit();
    Double cpuReservation = legacy.cpuReservation();
    Long memoryReservation = legacy.memoryReservationBytes();
    YMap limits = Values.map(keys.take("limits"), keys.path("limits"));
    if (limits != null) {
      Keys l = new Keys(limits, Scope.RESOURCE_LIMITS, keys.path("limits"), diagnostics);
      cpuLimit = or(Values.cpus(l.take("cpus"), l.path("cpus")), cpuLimit);
      memoryLimit = or(Values.bytes(l.take("memory"), l.path("memory")), memoryLimit);
      pidsLimit = or(Values.integer(l.take("pids"), l.path("pids")), pidsLimit);
      l.finish();
    }
    YMap reservations = Values.map(keys.take("reservations"), keys.path("reservations"));
    if (reservations != null) {
      Keys r = new Keys(reservations, Scope.RESOURCE_RESERVATIONS, keys.path("reservations"), diagnostics);
      cpuReservation = or(Values.cpus(r.take("cpus"), r.path("cpus")), cpuReservation);
      memoryReservation = or(Values.bytes(r.take("memory"), r.path("memory")), memoryReservation);
      r.finish();
    }
    keys.finish();
    return new Resources(cpuLimit, memoryLimit, pidsLimit, cpuReservation, memoryReservation);
  }

  private static void placement(Keys deploy, List<String> constraints, List<String> preferences,
      Diagnostics diagnostics) {
    YMap map = Values.map(deploy.take("placement"), deploy.path("placement"));
    if (map == null) {
      return;
    }
    Keys keys = new Keys(map, Scope.PLACEMENT, deploy.path("placement"), diagnostics);
    List<String> c = Values.strings(keys.take("constraints"), keys.path("constraints"));
    if (c != null) {
      constraints.addAll(c);
    }
    YSeq prefs = Values.seq(keys.take("preferences"), keys.path("preferences"));
    if (prefs != null) {
      for (int i = 0; i < prefs.size(); i++) {
        String itemPath = keys.path("preferences") + "[" + i + "]";
        YMap pref = Values.map(prefs.get(i), itemPath);
        if (pref == null) {
          throw Values.invalid(prefs.get(i), itemPath, "a mapping such as {spread: node.labels.zone}");
        }
        Keys p = new Keys(pref, Scope.PLACEMENT_PREFERENCE, itemPath, diagnostics);
        String spread = Values.string(p.take("spread"), p.path("spread"));
        if (spread != null) {
          preferences.add(spread);
        }
        p.finish();
      }
    }
    keys.finish();
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
