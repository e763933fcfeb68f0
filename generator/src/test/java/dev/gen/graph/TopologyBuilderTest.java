package dev.gen.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.testing.ExampleProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the picture says about each service and dependency, from the example projects. */
class TopologyBuilderTest {

  @Test
  void servicesWithTheirFacts() {
    Topology t = TopologyBuilder.of(ExampleProjects.shop());
    assertEquals(List.of("api", "cache", "db", "frontend"), t.nodes().stream().map(Topology.Node::name).toList());
    Topology.Node api = t.nodes().get(0);
    assertEquals("example/shop-api:2.3.0", api.origin());
    assertEquals(2, api.replicas());
    assertEquals(List.of("8080"), api.exposed());
    assertEquals(List.of("api_key"), api.secrets());
    Topology.Node db = t.nodes().get(2);
    assertEquals(List.of("pgdata → /var/lib/postgresql/data"), db.storage());
    Topology.Node frontend = t.nodes().get(3);
    assertTrue(frontend.built());
    assertEquals("built from ./frontend", frontend.origin());
    assertEquals(List.of("3000→3000"), frontend.published());
  }

  @Test
  void dependenciesSayHowTheyBind() {
    Topology t = TopologyBuilder.of(ExampleProjects.shop());
    Topology.Edge apiDb = t.edges().stream().filter(e -> e.from().equals("api") && e.to().equals("db"))
        .findFirst().orElseThrow();
    assertEquals(Topology.Kind.STARTUP, apiDb.kind());
    assertEquals("healthy", apiDb.label());
    assertTrue(apiDb.details().contains("depends_on (service_healthy)"), apiDb.details());
    assertTrue(apiDb.details().contains("Juju: a relation. Brooklyn: a latch"), apiDb.details());
    Topology platform = TopologyBuilder.of(ExampleProjects.named("platform"));
    Topology.Edge gatewayToCart = platform.edges().stream()
        .filter(e -> e.from().equals("api-gateway") && e.to().equals("cart")).findFirst().orElseThrow();
    assertEquals(Topology.Kind.REFERENCE, gatewayToCart.kind(), "only named in the environment");
    assertTrue(gatewayToCart.details().contains("the address wired in, no latch"), gatewayToCart.details());
    Topology.Edge scheduler = platform.edges().stream()
        .filter(e -> e.from().equals("scheduler") && e.to().equals("migrations")).findFirst().orElseThrow();
    assertEquals("completed", scheduler.label());
  }
}
