package dev.gen.brooklyncheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.brooklyn.api.entity.Application;
import org.apache.brooklyn.core.entity.Attributes;
import org.apache.brooklyn.core.entity.Entities;
import org.apache.brooklyn.core.mgmt.EntityManagementUtils;
import org.apache.brooklyn.core.mgmt.EntityManagementUtils.CreationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys a generated vm-style blueprint of a two-service project for real: Brooklyn (in this JVM) reaches
 * 127.0.0.1 over SSH with key authentication, and the generated scripts run the containers with podman. Checks
 * that the dependent started after its dependency was up, and that it received the dependency's address (and a
 * value full of shell metacharacters) in its environment.
 *
 * <p>Needs root, OpenSSH's server ({@code openssh-server}), podman (with a working OCI runtime) and busybox
 * ({@code busybox-static}, to build an image without a registry). It skips, saying which is missing, otherwise.
 */
class DeployLocalhostTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void deploysThePairInOrderAndWiresTheAddress() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "the deploy test runs as root (podman, sshd)");
    assumeTrue(Processes.available(PrivateSshd.SSHD), "no " + PrivateSshd.SSHD + ": install openssh-server");
    assumeTrue(Processes.available("ssh-keygen"), "no ssh-keygen: install openssh-client");
    assumeTrue(Processes.available("podman"), "no podman: install podman");
    Path busybox = Path.of("/bin/busybox");
    assumeTrue(Files.isExecutable(busybox), "no /bin/busybox: install busybox-static");
    assumeTrue(Processes.run("podman", "info").exitCode() == 0, "podman does not work here: podman info fails");

    Map<String, String> facts = Gen.pairFacts();
    String image = facts.get("image");
    buildImage(image, busybox);
    try (PrivateSshd sshd = PrivateSshd.start(dir); Brooklyn brooklyn = new Brooklyn()) {
      String location = "{localhost: {address: 127.0.0.1, user: root, brooklyn.ssh.config.port: " + sshd.port
          + ", privateKeyFile: " + sshd.privateKey + "}}";
      String yaml = Gen.blueprint("pair", "vm", location);
      CreationResult<? extends Application, Void> created = EntityManagementUtils.createStarting(brooklyn.mgmt, yaml);
      Application app = created.get();
      try {
        created.task().get(5, TimeUnit.MINUTES);
        assertEquals(Boolean.TRUE, app.getAttribute(Attributes.SERVICE_UP), "the application is up");
        Map<String, JsonNode> containers = containers();
        JsonNode db = containers.get("db");
        JsonNode appContainer = containers.get("app");
        assertTrue(db != null && appContainer != null, "both containers run: " + containers.keySet());

        Instant dbStarted = Instant.parse(db.path("State").path("StartedAt").asText());
        Instant appStarted = Instant.parse(appContainer.path("State").path("StartedAt").asText());
        long readyAfter = Long.parseLong(facts.get("dbReadyAfterSeconds"));
        assertTrue(!appStarted.isBefore(dbStarted.plusSeconds(readyAfter)), "app started at " + appStarted
            + ", before db (started " + dbStarted + ") was healthy " + readyAfter + "s later");

        Map<String, String> env = environment(appContainer);
        assertEquals("127.0.0.1:" + facts.get("dbPort"), env.get("DB_ADDR"), "db's address in app's environment");
        assertEquals(facts.get("GREETING"), env.get("GREETING"), "a value with quotes, $() and a newline");
      } finally {
        Entities.destroy(app, true);
      }
      assertEquals(Map.of(), containers(), "stopping the application removes its containers");
    } finally {
      for (String id : containerIds()) {
        Processes.run("podman", "rm", "--force", id);
      }
      Processes.run("podman", "rmi", "--force", image);
    }
  }

  /** A one-layer image with busybox as {@code /bin/sh}, {@code sleep} and friends. */
  private void buildImage(String image, Path busybox) throws Exception {
    Path root = dir.resolve("rootfs");
    Path bin = Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("tmp"));
    Files.copy(busybox, bin.resolve("busybox"));
    for (String applet : List.of("sh", "sleep", "touch", "test", "env", "cat", "true")) {
      Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
    }
    Path tar = dir.resolve("rootfs.tar");
    Processes.run("tar", "-C", root.toString(), "-cf", tar.toString(), ".").orFail("tar");
    Processes.run("podman", "import", "--change", "CMD [\"/bin/sh\"]", tar.toString(), image)
        .orFail("podman import");
  }

  /** The pair's containers by service, from {@code podman inspect}. */
  private static Map<String, JsonNode> containers() throws Exception {
    Map<String, JsonNode> out = new HashMap<>();
    for (String id : containerIds()) {
      JsonNode inspected = JSON.readTree(Processes.run("podman", "inspect", id).orFail("podman inspect").output());
      JsonNode c = inspected.get(0);
      String name = c.path("Name").asText();
      if (name.startsWith("pair-db-")) {
        out.put("db", c);
      } else if (name.startsWith("pair-app-")) {
        out.put("app", c);
      }
    }
    return out;
  }

  private static List<String> containerIds() {
    String out = Processes.run("podman", "ps", "--all", "--quiet", "--filter", "name=^pair-").output().trim();
    List<String> ids = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        ids.add(line.trim());
      }
    }
    return ids;
  }

  private static Map<String, String> environment(JsonNode container) {
    Map<String, String> env = new HashMap<>();
    for (JsonNode e : container.path("Config").path("Env")) {
      String s = e.asText();
      int eq = s.indexOf('=');
      env.put(s.substring(0, eq), s.substring(eq + 1));
    }
    return env;
  }
}
