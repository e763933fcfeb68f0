package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.testing.FixtureApprovals;
import dev.gen.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dockerfiles of the example projects ({@code fixtures/dockerfiles/*} and {@code fixtures/shop/frontend}): their
 * facts in full, as an approved text next to each fixture ({@code approved/dockerfile-facts.approved.txt}) and as
 * explicit assertions here.
 */
class FixtureDockerfilesTest {

  private static DockerfileFacts load(String fixture, Diagnostics warnings) {
    return DockerfileLoader.load(Fixtures.fixture(fixture).resolve("Dockerfile"), fixture + "/Dockerfile",
        LoadOptions.defaults(), warnings);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dockerfiles/api", "dockerfiles/web", "dockerfiles/worker", "shop/frontend"})
  void factsAreApproved(String fixture) {
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts facts = load(fixture, warnings);
    FixtureApprovals.verify(fixture, "dockerfile-facts", FactsText.render(facts, warnings), "txt");
  }

  private static SourceLocation at(String fixture, int line) {
    return new SourceLocation(fixture + "/Dockerfile", line, 1);
  }

  private static Map<String, String> env(DockerfileFacts f) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    f.image().env().forEach(e -> m.put(e.name(), e.value()));
    return m;
  }

  @Test
  void api() {
    String fx = "dockerfiles/api";
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts f = load(fx, warnings);
    assertTrue(warnings.isEmpty());
    assertEquals(new BaseImage("alpine:3.20", false, null, at(fx, 11), List.of()), f.baseImage());
    assertEquals(1, f.target());
    assertEquals(List.of(1), f.chain());
    assertEquals(2, f.stages().size());
    assertEquals(new StageFacts(0, "build", "golang:1.22", null, null, at(fx, 4), true, List.of()),
        f.stages().get(0));
    assertEquals(List.of(new StageDependency(StageDependency.Kind.COPY_FROM, "build", 0, at(fx, 17))),
        f.stages().get(1).dependencies());
    ImageFacts i = f.image();
    assertTrue(i.inheritsFromBaseImage());
    assertEquals(Map.of("LISTEN_ADDR", ":8080", "LOG_FORMAT", "json"), env(f));
    assertEquals(List.of(new PortFact(8080, "tcp", at(fx, 20)), new PortFact(9090, "tcp", at(fx, 20))),
        i.exposedPorts());
    assertEquals(List.of(), i.volumes());
    assertEquals(List.of(
        new LabelFact("org.opencontainers.image.description", "Keeps track of what is in stock.", at(fx, 12),
            List.of()),
        new LabelFact("org.opencontainers.image.licenses", "Apache-2.0", at(fx, 12), List.of()),
        new LabelFact("org.opencontainers.image.source", "https://github.com/example/inventory", at(fx, 12),
            List.of()),
        new LabelFact("org.opencontainers.image.title", "Inventory API", at(fx, 12), List.of())), i.labels());
    assertEquals(new Fact<>("65534:65534", Origin.DOCKERFILE, at(fx, 21), List.of()), i.user());
    assertEquals(new WorkdirFact(null, false, Origin.BASE_IMAGE, at(fx, 11), List.of()), i.workdir());
    assertEquals(new CommandFact(List.of("/usr/local/bin/api"), Origin.DOCKERFILE, at(fx, 24), false, List.of(),
        null, false), i.entrypoint());
    assertEquals(List.of("--config", "/etc/inventory/config.yaml"), i.cmd().argv());
    assertEquals(new HealthcheckFact(List.of("CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"),
        Duration.ofSeconds(20), Duration.ofSeconds(2), null, null, 4, Origin.DOCKERFILE, at(fx, 22)),
        i.healthcheck());
    assertEquals("SIGTERM", i.stopSignal().value());
    assertEquals(Origin.BASE_IMAGE, i.shell().origin());
    assertNull(i.maintainer().value());
    assertEquals(List.of(), i.onBuild());
    assertEquals(List.of(new ArgFact("GO_VERSION", "1.22", "1.22", false, null, at(fx, 2), List.of())), f.args());
    assertEquals(List.of("/usr/local/bin/api", "--config", "/etc/inventory/config.yaml"), i.commandLine());
  }

  @Test
  void web() {
    String fx = "dockerfiles/web";
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts f = load(fx, warnings);
    assertTrue(warnings.isEmpty());
    assertEquals("nginx:1.27-alpine", f.baseImage().name());
    assertEquals(List.of(), f.image().env());
    assertEquals(List.of(new PortFact(80, "tcp", at(fx, 4)), new PortFact(443, "tcp", at(fx, 4))),
        f.image().exposedPorts());
    assertEquals(List.of(new LabelFact("maintainer", "ops@example.com", at(fx, 2), List.of())), f.image().labels());
    assertNull(f.image().cmd().argv(), "nginx's own CMD is unknown to gen");
    assertEquals(Origin.BASE_IMAGE, f.image().entrypoint().origin());
    assertEquals(Origin.BASE_IMAGE, f.image().user().origin());
    assertEquals(List.of(), f.args());
  }

  @Test
  void worker() {
    String fx = "dockerfiles/worker";
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts f = load(fx, warnings);
    assertTrue(warnings.isEmpty());
    assertEquals("python:3.12-slim", f.baseImage().name());
    assertEquals(Map.of("PYTHONUNBUFFERED", "1", "QUEUE_URL", "redis://localhost:6379/0"), env(f));
    assertEquals(List.of(new VolumeFact("/app/reports", at(fx, 8), List.of())), f.image().volumes());
    assertEquals("1000", f.image().user().value());
    assertEquals("/app", f.image().workdir().path());
    assertEquals(List.of("python", "worker.py", "--concurrency", "2"), f.image().commandLine());
    assertEquals(List.of(), f.image().exposedPorts());
    assertEquals(List.of("Report worker"), f.image().labels().stream().map(LabelFact::value).toList());
  }

  @Test
  void shopFrontend() {
    String fx = "shop/frontend";
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts f = load(fx, warnings);
    assertTrue(warnings.isEmpty());
    assertEquals("docker/dockerfile:1", f.syntax());
    assertEquals(new BaseImage("node:20-alpine", false, null, at(fx, 11), List.of()), f.baseImage());
    assertEquals("node:20-alpine", f.stages().get(0).baseName());
    assertEquals(2, f.stages().get(1).dependencies().size());
    assertEquals(Map.of("NODE_ENV", "production", "PORT", "3000"), env(f));
    assertEquals(List.of(new PortFact(3000, "tcp", at(fx, 22))), f.image().exposedPorts());
    assertEquals("node", f.image().user().value());
    assertEquals("/app", f.image().workdir().path());
    assertEquals(List.of("node", "dist/server.js"), f.image().cmd().argv());
    assertEquals(Origin.BASE_IMAGE, f.image().entrypoint().origin());
    assertNull(f.image().commandLine());
    assertEquals(new HealthcheckFact(List.of("CMD", "wget", "-qO-", "http://localhost:3000/health"),
        Duration.ofSeconds(30), Duration.ofSeconds(3), null, null, null, Origin.DOCKERFILE, at(fx, 23)),
        f.image().healthcheck());
    assertEquals(4, f.image().labels().size());
    assertEquals(List.of(new ArgFact("NODE_VERSION", "20", "20", false, null, at(fx, 2), List.of())), f.args());
    assertTrue(f.image().inheritsFromBaseImage());
  }
}
