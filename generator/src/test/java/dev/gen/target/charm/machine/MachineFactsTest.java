package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gen.model.ContainerOptions;
import dev.gen.model.Deployment;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import dev.gen.target.charm.machine.MachineCharmView.PullPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineFactsTest {

  @Test
  void healthChecksInTheRuntimesTerms() {
    Healthcheck exec = new Healthcheck(List.of("CMD", "wget", "-q", "http://x/"), Duration.ofSeconds(15),
        Duration.ofMillis(1500), Duration.ofMinutes(1), null, 4, false, null);
    assertEquals(new Health(Health.Kind.EXEC, List.of("wget", "-q", "http://x/"), Duration.ofSeconds(15),
        Duration.ofMillis(1500), Duration.ofMinutes(1), 4), MachineFacts.health(exec));
    Health shell = MachineFacts.health(new Healthcheck(List.of("CMD-SHELL", "pg_isready"), null, null, null, null,
        null, false, null));
    assertEquals(List.of("pg_isready"), shell.test());
    assertEquals(Health.Kind.SHELL, shell.kind());
    assertEquals(Health.Kind.DISABLED, MachineFacts.health(new Healthcheck(List.of("NONE"), null, null, null, null,
        null, true, null)).kind());
    assertNull(MachineFacts.health(null));
    assertNull(MachineFacts.health(new Healthcheck(List.of(), Duration.ofSeconds(5), null, null, null, null, false,
        null)), "only the timing of the image's check cannot be given without its command");
    assertEquals("15s", exec == null ? null : MachineFacts.health(exec).intervalWord());
    assertEquals("1.5s", MachineFacts.health(exec).timeoutWord());
    assertEquals("1m0s", MachineFacts.health(exec).startPeriodWord(), "Go's notation, which the runtimes parse");
    assertEquals("4", MachineFacts.health(exec).retriesWord());
    assertEquals("", shell.intervalWord(), "the runtime's default");
  }

  @Test
  void restartPoliciesStopTimeoutsAndPullPolicies() {
    assertEquals("no", MachineFacts.restart(RestartPolicy.NONE));
    assertEquals("unless-stopped",
        MachineFacts.restart(new RestartPolicy(RestartPolicy.Condition.UNLESS_STOPPED, null, null, null, null)));
    assertEquals("on-failure:5",
        MachineFacts.restart(new RestartPolicy(RestartPolicy.Condition.ON_FAILURE, 5, null, null, null)));
    assertEquals("always", MachineFacts.restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, 3, null, null,
        null)));
    assertEquals(10, MachineFacts.stopTimeoutSeconds(null));
    assertEquals(2, MachineFacts.stopTimeoutSeconds(Duration.ofMillis(1500)));
    assertEquals(PullPolicy.ALWAYS, MachineFacts.pullPolicy("always"));
    assertEquals(PullPolicy.NEVER, MachineFacts.pullPolicy("never"));
    assertEquals(PullPolicy.MISSING, MachineFacts.pullPolicy("daily"));
    assertEquals(PullPolicy.MISSING, MachineFacts.pullPolicy(null));
  }

  @Test
  void engineOptionsBecomeOneWordEach() {
    ContainerOptions c = new ContainerOptions(true, List.of("NET_ADMIN"), List.of("ALL"), true, true, "h1",
        Map.of("db", List.of("10.0.0.1", "::1")), "SIGINT", null, true, true, null, "linux/amd64", null, 67108864L,
        Map.of("net.core.somaxconn", "1024"), Map.of("nofile", "1024:2048"), List.of("/dev/fuse"),
        List.of("1.1.1.1"), List.of("no-new-privileges"), List.of("audio"));
    Service s = Service.builder("x").options(c)
        .deployment(new Deployment(1, null, new Resources(1.5, 536870912L, 100L, 0.5, 1048576L), null, null, null,
            null))
        .addMount(new Mount(Mount.Type.TMPFS, null, "/run/cache", false, 1024L, null))
        .addMount(new Mount(Mount.Type.TMPFS, null, "/tmp", false, null, null))
        .networkMode("host")
        .build();
    assertEquals(List.of("--privileged", "--cap-add=NET_ADMIN", "--cap-drop=ALL", "--read-only", "--init",
        "--hostname=h1", "--add-host=db:10.0.0.1", "--add-host=db:::1", "--stop-signal=SIGINT", "--tty",
        "--interactive", "--platform=linux/amd64", "--shm-size=67108864b", "--sysctl=net.core.somaxconn=1024",
        "--ulimit=nofile=1024:2048", "--device=/dev/fuse", "--dns=1.1.1.1", "--security-opt=no-new-privileges",
        "--group-add=audio", "--cpus=1.5", "--memory=536870912b", "--memory-reservation=1048576b",
        "--pids-limit=100", "--tmpfs=/run/cache:size=1024", "--tmpfs=/tmp", "--network=host"),
        MachineFacts.runOptions(s));
    assertEquals(List.of(), MachineFacts.runOptions(Service.builder("plain").build()));
  }
}
