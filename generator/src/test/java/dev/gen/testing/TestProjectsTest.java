package dev.gen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts {@link HostileProjects} and {@link DeployProjects} state are those of their fixtures. */
class TestProjectsTest {

  @Test
  void theHostileFixtureHoldsExactlyTheHostileValues() {
    Service app = HostileProjects.project().service("app").orElseThrow();
    for (Map.Entry<String, String> v : HostileProjects.values().entrySet()) {
      assertEquals(v.getValue(), app.env(v.getKey()).map(EnvVar::value).orElse(null), v.getKey());
    }
    assertTrue(app.env("API_TOKEN").orElseThrow().secret());
    assertEquals(null, app.env("FROM_DEPLOYER").orElseThrow().value(), "only named: from the deployer");
  }

  @Test
  void thePairFixtureIsWhatTheDeployTestExpects() {
    Project pair = DeployProjects.pair();
    Service db = pair.service("db").orElseThrow();
    Service app = pair.service("app").orElseThrow();
    assertEquals(DeployProjects.IMAGE, db.image());
    assertEquals(DeployProjects.IMAGE, app.image());
    assertEquals(List.of(DeployProjects.DB_PORT), db.expose().stream().map(p -> p.port()).toList());
    assertTrue(db.command().get(2).startsWith("sleep " + DeployProjects.DB_READY_AFTER_SECONDS + ";"),
        db.command().toString());
    assertEquals("db:" + DeployProjects.DB_PORT, app.env("DB_ADDR").orElseThrow().value());
    DeployProjects.appValues().forEach((k, v) -> assertEquals(v, app.env(k).orElseThrow().value(), k));
    assertTrue(app.dependsOn("db"));
  }
}
