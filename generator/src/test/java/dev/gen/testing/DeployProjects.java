package dev.gen.testing;

import dev.gen.diag.SourceLocation;
import dev.gen.model.ContainerOptions;
import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A two-service project small enough to deploy for real in a test: {@code db} becomes healthy a few seconds after
 * it starts, and {@code app} depends on it and names it in an environment value. Both run a local image (no
 * registry is needed) that only has busybox in it.
 */
public final class DeployProjects {

  /** The image both services run; the deploy test builds it with {@code podman import}. */
  public static final String IMAGE = "localhost/gen-blueprint-e2e:1";

  /** The container port db exposes (unusual, so that it is free on the test machine). */
  public static final int DB_PORT = 45432;

  /** How long db takes to become healthy. */
  public static final int DB_READY_AFTER_SECONDS = 3;

  private DeployProjects() {}

  /** The values app must receive, by variable name (DB_ADDR is filled in at deploy time). */
  public static Map<String, String> appValues() {
    return Map.of("GREETING", "it's \"quoted\", $(not run) `nor this` and\na second line");
  }

  public static Project pair() {
    SourceLocation at = new SourceLocation("compose.yaml", 1, 1);
    ContainerOptions quickStop = new ContainerOptions(false, List.of(), List.of(), false, null, null, Map.of(),
        null, Duration.ofSeconds(1), false, false, null, null, null, null, Map.of(), Map.of(), List.of(), List.of(),
        List.of(), List.of());
    Service db = Service.builder("db")
        .image(IMAGE)
        .command(List.of("sh", "-c", "sleep " + DB_READY_AFTER_SECONDS + "; touch /tmp/ready; exec sleep 100000"))
        .addExpose(new ExposedPort(DB_PORT, "tcp", at))
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "test -f /tmp/ready"), Duration.ofSeconds(1), null, null,
            null, null, false, at))
        .options(quickStop)
        .location(at)
        .build();
    String addr = "db:" + DB_PORT;
    Service.Builder app = Service.builder("app")
        .image(IMAGE)
        .command(List.of("sh", "-c", "exec sleep 100000"))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at))
        .addEnvironment(BlueprintExampleProjects.referencing("DB_ADDR", addr, at, BlueprintExampleProjects.hostPort("db", addr, addr)))
        .options(quickStop)
        .location(at);
    appValues().forEach((k, v) -> app.addEnvironment(EnvVar.plain(k, v, at)));
    return new Project("pair", SourceKind.COMPOSE, List.of(app.build(), db), List.of(), List.of(), List.of(),
        List.of(), null, at);
  }
}
