package dev.gen.target.charm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Healthcheck;
import dev.gen.model.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckPlannerTest {

  private static CheckPlan plan(List<String> test) {
    Service s = Service.builder("web").image("x")
        .healthcheck(new Healthcheck(test, Duration.ofSeconds(10), Duration.ofSeconds(3), null, null, 2, false,
            null))
        .build();
    return new HealthcheckPlanner(new Diagnostics()).plan(s, "web");
  }

  @Test
  void clearHttpProbesBecomeHttpChecks() {
    assertEquals("http://localhost/", plan(List.of("CMD", "wget", "-qO-", "http://localhost/")).url());
    assertEquals("http://localhost:8080/h", plan(List.of("CMD", "curl", "-fsS", "http://localhost:8080/h")).url());
    assertEquals("http://127.0.0.1:3000/health",
        plan(List.of("CMD-SHELL", "curl -f http://127.0.0.1:3000/health || exit 1")).url());
    assertEquals("http://localhost/", plan(List.of("CMD", "wget", "--spider", "-q", "http://localhost/")).url());
    assertEquals("http://localhost/", plan(List.of("CMD", "curl", "--fail", "-o", "/dev/null",
        "http://localhost/")).url());
  }

  @Test
  void anythingElseStaysACommand() {
    // curl without -f succeeds on HTTP errors: an HTTP check would be stricter
    CheckPlan noFail = plan(List.of("CMD", "curl", "-s", "http://localhost/"));
    assertEquals(CheckPlan.Kind.EXEC, noFail.kind());
    assertEquals(List.of("curl", "-s", "http://localhost/"), noFail.command());
    // another host, https, extra flags, pipes: not clearly a local GET
    assertEquals(CheckPlan.Kind.EXEC, plan(List.of("CMD", "wget", "-qO-", "http://other/")).kind());
    assertEquals(CheckPlan.Kind.EXEC, plan(List.of("CMD", "curl", "-f", "https://localhost/")).kind());
    assertEquals(CheckPlan.Kind.EXEC, plan(List.of("CMD", "curl", "-f", "-H", "X: y", "http://localhost/")).kind());
    CheckPlan shell = plan(List.of("CMD-SHELL", "curl -f http://localhost/ | grep ok"));
    assertEquals(List.of("/bin/sh", "-c", "curl -f http://localhost/ | grep ok"), shell.command());
  }

  @Test
  void timingsAndThreshold() {
    CheckPlan p = plan(List.of("CMD", "true"));
    assertEquals(Duration.ofSeconds(10), p.period());
    assertEquals(Duration.ofSeconds(3), p.timeout());
    assertEquals(2, p.threshold());
    assertEquals("web-health", p.name());
  }

  @Test
  void disabledOrNoneGivesNoCheck() {
    assertNull(plan(List.of("NONE")));
    Service s = Service.builder("web").image("x")
        .healthcheck(new Healthcheck(List.of("CMD", "true"), null, null, null, null, null, true, null)).build();
    assertNull(new HealthcheckPlanner(new Diagnostics()).plan(s, "web"));
  }

  @Test
  void goDurations() {
    assertEquals("1m30s", GoDurations.format(Duration.ofSeconds(90)));
    assertEquals("500ms", GoDurations.format(Duration.ofMillis(500)));
    assertEquals("1h0m0s", GoDurations.format(Duration.ofHours(1)));
    assertEquals("7.5s", GoDurations.format(Duration.ofMillis(7500)));
    assertEquals("0s", GoDurations.format(Duration.ZERO));
  }
}
