package dev.gen.target.blueprint;

import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one service reaches another in a deployed blueprint, and what each service must therefore publish. In the
 * VM style a service is reached at its machine's {@code host.address} and the host port its container port is
 * published on (a parameter of the target, read with {@code config}); in the container style at the
 * {@code docker.port.N.mapped.public} sensor ({@code host:port}) that {@code DockerContainer} publishes for each
 * inbound port, or at the container's subnet address when no port is named.
 */
final class Addresses {

  static final String HOST_ADDRESS = "host.address";
  static final String SUBNET_ADDRESS = "host.subnet.address";

  private final BlueprintStyle style;
  private final Set<String> services = new TreeSet<>();
  private final Map<String, Set<Integer>> referencedPorts = new TreeMap<>();
  private final Map<String, Set<String>> readSensors = new TreeMap<>();

  Addresses(Project project, BlueprintStyle style) {
    this.style = style;
    project.services().forEach(s -> services.add(s.name()));
    for (Service s : project.services()) {
      for (EnvVar e : s.environment()) {
        if (e.secret()) {
          continue;
        }
        for (ServiceReference r : e.references()) {
          if (!isUsable(r, e.value())) {
            continue;
          }
          if (r.hasPort()) {
            referencedPorts.computeIfAbsent(r.service(), k -> new TreeSet<>()).add(r.port());
          }
          for (Object arg : args(r)) {
            if (arg instanceof SensorRead read) {
              readSensors.computeIfAbsent(r.service(), k -> new TreeSet<>()).add(read.sensor());
            }
          }
        }
      }
    }
  }

  /** Container ports of {@code service} that other services name, sorted. */
  Set<Integer> referencedPorts(String service) {
    return referencedPorts.getOrDefault(service, Set.of());
  }

  /** Sensors other services read from {@code service}, which a cluster must republish from a member. */
  List<String> readSensors(String service) {
    return List.copyOf(readSensors.getOrDefault(service, Set.of()));
  }

  /** A sensor read from another entity, before it becomes DSL. */
  private record SensorRead(String entity, String sensor) {}

  /** A config value read from another entity. */
  private record ConfigRead(String entity, String key) {}

  /**
   * The value of {@code env} with every reference replaced by what the target publishes: a DSL expression when the
   * whole value is one reference, else a {@code formatString} of the rest of the text around the references.
   */
  Object wire(EnvVar env) {
    List<ServiceReference> refs = new ArrayList<>(env.references());
    refs.sort(Comparator.comparingInt(ServiceReference::hostStart));
    String value = env.value();
    StringBuilder pattern = new StringBuilder();
    List<Object> args = new ArrayList<>();
    int at = 0;
    for (ServiceReference r : refs) {
      int start = r.hostStart();
      if (start < at || !isUsable(r, value)) {
        continue; // overlapping mentions (keep the first), or a service that is not deployed: keep the text
      }
      pattern.append(Dsl.escapePercent(value.substring(at, start)));
      List<Object> parts = args(r);
      if (style == BlueprintStyle.CONTAINER && r.hasPort()) {
        pattern.append("%s");
        at = r.portEnd();
      } else if (r.hasPort()) {
        pattern.append("%s:%s");
        at = r.portEnd();
      } else {
        pattern.append("%s");
        at = r.hostEnd();
      }
      args.addAll(parts);
    }
    pattern.append(Dsl.escapePercent(value.substring(at)));
    List<Object> dsl = args.stream().map(Addresses::toDsl).toList();
    if (dsl.size() == 1 && pattern.toString().equals("%s")) {
      return dsl.get(0);
    }
    return Dsl.formatString(pattern.toString(), dsl);
  }

  private List<Object> args(ServiceReference r) {
    if (style == BlueprintStyle.CONTAINER) {
      return r.hasPort()
          ? List.of(new SensorRead(r.service(), Names.mappedPortSensor(r.port())))
          : List.of(new SensorRead(r.service(), SUBNET_ADDRESS));
    }
    List<Object> out = new ArrayList<>();
    out.add(new SensorRead(r.service(), HOST_ADDRESS));
    if (r.hasPort()) {
      out.add(new ConfigRead(r.service(), Names.publishedPortParameter(r.port(), "tcp")));
    }
    return out;
  }

  private static Object toDsl(Object read) {
    if (read instanceof SensorRead s) {
      return Dsl.attributeWhenReady(s.entity(), s.sensor());
    }
    ConfigRead c = (ConfigRead) read;
    return Dsl.entityConfig(c.entity(), c.key());
  }

  /** A reference gen can rewrite: to a deployed service, with offsets inside the value. */
  boolean isUsable(ServiceReference r, String value) {
    if (value == null || !services.contains(r.service()) || !Names.isSafeServiceName(r.service())) {
      return false;
    }
    boolean hostOk = 0 <= r.hostStart() && r.hostStart() < r.hostEnd() && r.hostEnd() <= value.length();
    boolean portOk = !r.hasPort()
        || (r.hostEnd() < r.portStart() && r.portStart() < r.portEnd() && r.portEnd() <= value.length());
    return hostOk && portOk;
  }

  /** True when at least one reference of {@code env} can be rewritten. */
  boolean wires(EnvVar env) {
    return !env.secret() && env.references().stream().anyMatch(r -> isUsable(r, env.value()));
  }

  /** The targets of {@code env}'s references, in order, without duplicates. */
  static Set<String> targets(EnvVar env) {
    Set<String> out = new LinkedHashSet<>();
    env.references().forEach(r -> out.add(r.service()));
    return out;
  }
}
