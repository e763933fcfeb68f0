package dev.gen.graph;

import dev.gen.model.Build;
import dev.gen.model.Dependency;
import dev.gen.model.ExposedPort;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Project → {@link Topology}: what the picture of each service and each dependency says. */
public final class TopologyBuilder {

  private TopologyBuilder() {}

  public static Topology of(Project project) {
    List<Topology.Node> nodes = new ArrayList<>();
    List<Topology.Edge> edges = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    project.services().forEach(s -> names.add(s.name()));
    for (Service s : project.services()) {
      nodes.add(node(s));
      for (Dependency d : s.dependencies()) {
        if (!d.service().equals(s.name()) && names.contains(d.service())) {
          edges.add(edge(s, d));
        }
      }
    }
    nodes.sort(Comparator.comparing(Topology.Node::name));
    edges.sort(Comparator.comparing(Topology.Edge::from).thenComparing(Topology.Edge::to));
    return new Topology(project.name(), nodes, edges);
  }

  private static Topology.Node node(Service s) {
    List<String> published = new ArrayList<>();
    Set<String> exposed = new LinkedHashSet<>();
    for (PortMapping p : s.ports()) {
      String port = p.target() + protocol(p.protocol());
      if (p.isPublished()) {
        String host = p.hostIp() == null || p.hostIp().isEmpty() ? "" : hostIp(p.hostIp()) + ":";
        published.add(host + p.published() + "→" + port);
      } else {
        exposed.add(port);
      }
    }
    for (ExposedPort e : s.expose()) {
      exposed.add(e.port() + protocol(e.protocol()));
    }
    List<String> storage = new ArrayList<>();
    for (Mount m : s.mounts()) {
      String ro = m.readOnly() ? " (read-only)" : "";
      switch (m.type()) {
        case VOLUME -> storage.add((m.isNamedVolume() ? m.source() : "anonymous volume") + " → " + m.target() + ro);
        case BIND -> storage.add(bindSource(m.source()) + " → " + m.target() + ro);
        default -> { } // tmpfs and the like hold nothing that outlives the container
      }
    }
    List<String> secrets = s.secrets().stream().map(ResourceRef::name).distinct().toList();
    return new Topology.Node(s.name(), origin(s), s.isBuilt(), Math.max(1, s.deployment().replicas()), published,
        List.copyOf(exposed), storage, secrets);
  }

  private static String protocol(String protocol) {
    return "tcp".equals(protocol) ? "" : "/" + protocol;
  }

  private static String hostIp(String ip) {
    return ip.contains(":") ? "[" + ip + "]" : ip;
  }

  /** A bind mount's host path as the project wrote it: relative paths start with {@code ./}. */
  private static String bindSource(String source) {
    if (source == null || source.isEmpty()) {
      return "host path";
    }
    return source.startsWith("/") || source.startsWith(".") ? source : "./" + source;
  }

  /** The image a service runs, or where it is built from. */
  public static String origin(Service s) {
    Build b = s.build();
    if (b == null) {
      return s.image() == null ? "no image" : s.image();
    }
    if (b.dockerfileInline() != null) {
      return "built from an inline Dockerfile";
    }
    String context = b.context() == null || b.context().isEmpty() ? "." : b.context();
    if (!b.isRemote() && !context.startsWith(".") && !context.startsWith("/")) {
      context = "./" + context;
    }
    String dockerfile = b.dockerfile() == null || b.dockerfile().equals("Dockerfile") ? "" : " (" + b.dockerfile() + ")";
    return "built from " + context + dockerfile;
  }

  private static Topology.Edge edge(Service s, Dependency d) {
    boolean startup = d.via().stream().anyMatch(v -> v != Dependency.Via.ENVIRONMENT);
    boolean dependsOn = d.via().contains(Dependency.Via.DEPENDS_ON);
    String condition = !dependsOn ? "" : switch (d.condition()) {
      case SERVICE_HEALTHY -> "healthy";
      case SERVICE_COMPLETED_SUCCESSFULLY -> "completed";
      case SERVICE_STARTED -> "";
    };
    List<String> label = new ArrayList<>();
    if (!condition.isEmpty()) {
      label.add(condition);
    }
    if (d.alias() != null && !d.alias().equals(d.service())) {
      label.add("as " + d.alias());
    }
    if (!d.required()) {
      label.add("optional");
    }
    return new Topology.Edge(s.name(), d.service(), startup ? Topology.Kind.STARTUP : Topology.Kind.REFERENCE,
        condition, String.join(", ", label), details(s, d, startup));
  }

  private static String details(Service s, Dependency d, boolean startup) {
    List<String> how = new ArrayList<>();
    for (Dependency.Via via : d.via()) {
      how.add(switch (via) {
        case DEPENDS_ON -> "depends_on (" + d.condition().name().toLowerCase(Locale.ROOT) + ")";
        case LINKS -> d.alias() == null || d.alias().equals(d.service()) ? "links" : "links (as " + d.alias() + ")";
        case ENVIRONMENT -> "named in its environment";
        case NETWORK_MODE -> "network_mode: service:" + d.service();
        case VOLUMES_FROM -> "volumes_from";
      });
    }
    String brooklyn = startup
        ? "a latch (it starts when " + d.service() + " is up)"
        : "the address wired in, no latch";
    return s.name() + " → " + d.service() + ": " + String.join(", ", how) + (d.required() ? "" : ", optional")
        + ". Juju: a relation. Brooklyn: " + brooklyn + ".";
  }
}
