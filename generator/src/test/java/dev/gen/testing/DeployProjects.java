package dev.gen.testing;

import dev.gen.model.Project;
import java.util.Map;

/**
 * {@code fixtures/pair/}: a two-service project small enough to deploy for real in a test: {@code db} becomes
 * healthy a few seconds after it starts, and {@code app} depends on it and names it in an environment value. Both
 * run a local image (no registry is needed) that only has busybox in it. The constants are the fixture's facts,
 * for the deploy test to check (a test here keeps them in step with the compose file).
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
    return ExampleProjects.named("pair");
  }
}
