package dev.gen.graph;

import java.util.List;

/**
 * What a picture of a project shows: one node per service and one edge per dependency, each with the facts a
 * reader needs and nothing that is secret (no environment values). All lists are sorted, so the same project gives
 * the same graph.
 *
 * @param project the project name
 * @param nodes the services, sorted by name
 * @param edges the dependencies, sorted by consumer then provider
 */
public record Topology(String project, List<Node> nodes, List<Edge> edges) {

  public Topology {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * One service.
   *
   * @param name the service name
   * @param origin the image it runs ({@code postgres:16}) or where it is built from ({@code built from ./api})
   * @param built true when the image is built from source
   * @param replicas how many copies run (at least 1)
   * @param published ports published on the host, such as {@code 8080→80/tcp}
   * @param exposed ports only other services reach, such as {@code 5432/tcp}
   * @param storage named volumes (and anonymous ones) mounted, such as {@code pgdata → /var/lib/postgresql/data}
   * @param secrets the compose secrets mounted
   */
  public record Node(
      String name,
      String origin,
      boolean built,
      int replicas,
      List<String> published,
      List<String> exposed,
      List<String> storage,
      List<String> secrets) {

    public Node {
      published = List.copyOf(published);
      exposed = List.copyOf(exposed);
      storage = List.copyOf(storage);
      secrets = List.copyOf(secrets);
    }
  }

  /**
   * One dependency of {@code from} on {@code to}.
   *
   * @param kind how strongly it binds: a start-up dependency or a mere mention in an environment value
   * @param condition the {@code depends_on} condition in words ({@code healthy}, {@code completed}), or empty for
   *     "started" and for dependencies without {@code depends_on}
   * @param label a short visible label (condition, link alias, optional), or empty
   * @param details every way the input expresses the dependency, and what the targets make of it, for tooltips
   */
  public record Edge(String from, String to, Kind kind, String condition, String label, String details) {}

  /** How a dependency binds the two services. */
  public enum Kind {
    /** {@code depends_on}, {@code links}, {@code volumes_from} or {@code network_mode: service:x}: start order. */
    STARTUP,
    /** Only named in an environment value: the address is wired, nothing waits. */
    REFERENCE
  }
}
