package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gen init: one charm project, the charm gen charm writes for the same service plus what a project needs. */
class InitCommandTest {

  @TempDir Path cwd;

  private GenRunner gen;

  @BeforeEach
  void setUp() throws IOException {
    GenRunner.withFixtures(cwd);
    gen = GenRunner.in(cwd);
  }

  /** Every file below a directory (the manifest left out), by relative path. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        if (!rel.startsWith(".gen/")) {
          out.put(rel, Files.readString(p));
        }
      }
    }
    return out;
  }

  @Test
  void anImageGivesTheCharmGenCharmWritesForAServiceRunningIt() throws IOException {
    GenRunner.Result r = gen.run("init", "--image", "nginx:1.27", "-o", "nginx-operator");
    assertEquals(0, r.code(), r.toString());
    assertEquals("nginx-operator: 10 created\n", r.err());
    Files.writeString(cwd.resolve("compose.yaml"), "name: nginx\nservices:\n  nginx:\n    image: nginx:1.27\n");
    assertEquals(0, gen.run("charm", "compose.yaml", "-o", "charms").code());
    Map<String, String> init = files(cwd.resolve("nginx-operator"));
    Map<String, String> charm = files(cwd.resolve("charms/nginx-k8s"));
    for (Map.Entry<String, String> e : charm.entrySet()) {
      assertEquals(e.getValue(), init.get(e.getKey()), e.getKey());
    }
    List<String> extra = new ArrayList<>(init.keySet());
    extra.removeAll(charm.keySet());
    assertEquals(List.of("CONTRIBUTING.md"), extra);
    assertTrue(init.get("pyproject.toml").contains("[tool.ruff]"), "the lint configuration");
    assertTrue(init.containsKey("tests/unit/test_charm.py"));
    String contributing = init.get("CONTRIBUTING.md");
    assertTrue(contributing.startsWith("# Contributing to nginx-k8s\n\ngen started this charm from the image"
        + " nginx:1.27."), contributing);
    assertTrue(contributing.contains("\n```shell\ngen init --image nginx:1.27 -o .\n```\n"), contributing);
    assertTrue(contributing.contains("python3 -m pytest"), contributing);
    assertTrue(contributing.contains("charmcraft pack"), contributing);
  }

  @Test
  void theRegenerateCommandInContributingWorksFromTheProject() throws IOException {
    assertEquals(0, gen.run("init", "--dockerfile", "fixtures/dockerfiles/api/Dockerfile", "--name", "api",
        "--base", "ubuntu@22.04", "-o", "work/api-operator").code());
    String contributing = Files.readString(cwd.resolve("work/api-operator/CONTRIBUTING.md"));
    String command = "gen init --dockerfile ../../fixtures/dockerfiles/api/Dockerfile --name api --base ubuntu@22.04"
        + " -o .";
    assertTrue(contributing.contains("\n" + command + "\n"), contributing);
    GenRunner inProject = GenRunner.in(cwd.resolve("work/api-operator"));
    String[] args = command.substring("gen ".length()).split(" ");
    GenRunner.Result again = inProject.run(args);
    assertEquals(0, again.code(), again.toString());
    assertEquals(".: 10 unchanged\n", again.err(), "the same project");
    List<String> check = new ArrayList<>(List.of(args));
    check.add("--check");
    assertEquals(0, inProject.run(check.toArray(new String[0])).code());
  }

  @Test
  void aDockerfileGivesTheCharmGenCharmWritesForIt() throws IOException {
    GenRunner.Result r = gen.run("init", "--dockerfile", "fixtures/dockerfiles/worker/Dockerfile", "-o", "worker");
    assertEquals(0, r.code(), r.toString());
    GenRunner.Result charm = gen.run("charm", "fixtures/dockerfiles/worker/Dockerfile", "-o", "charms");
    assertEquals(0, charm.code(), charm.toString());
    assertEquals(r.err().replace("worker: 10 created\n", ""), charm.err().replace("charms: 9 created\n", ""),
        "the same warnings");
    Map<String, String> init = files(cwd.resolve("worker"));
    files(cwd.resolve("charms/worker-k8s")).forEach((path, text) -> assertEquals(text, init.get(path), path));
  }

  @Test
  void wrongInputIsSaidClearly() {
    GenRunner.Result image = gen.run("init", "--image", "Not An Image", "-o", "x");
    assertEquals(2, image.code());
    assertTrue(image.err().startsWith("gen: error: --image Not An Image: invalid reference format"), image.err());
    GenRunner.Result name = gen.run("init", "--image", "nginx", "--name", "Web App", "-o", "x");
    assertEquals(2, name.code());
    assertTrue(name.err().contains("hint: --name web-app"), name.err());
    GenRunner.Result both = gen.run("init", "--image", "nginx", "--dockerfile", "Dockerfile", "-o", "x");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("--image=IMAGE, --dockerfile=PATH are mutually exclusive"), both.err());
    assertEquals(2, gen.run("init", "-o", "x").code());
    assertEquals(2, gen.run("init", "--image", "nginx").code(), "-o is required");
    GenRunner.Result missing = gen.run("init", "--dockerfile", "nope/Dockerfile", "-o", "x");
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("nope/Dockerfile: error: nope/Dockerfile: no such file"), missing.err());
    assertFalse(Files.exists(cwd.resolve("x")));
  }

  @Test
  void aBrokenDockerfileIsALocatedErrorWithItsLine() throws IOException {
    Path app = Files.createDirectories(cwd.resolve("app"));
    Files.writeString(app.resolve("Dockerfile"), "FROM alpine:3.20\nEXPOSE 80\nCOPPY . /app\n");
    GenRunner.Result r = gen.run("init", "--dockerfile", "app/Dockerfile", "-o", "x");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().startsWith("app/Dockerfile:3:1: error: "), r.err());
    assertTrue(r.err().contains("\n    3 | COPPY . /app\n      | ^\n"), r.err());
  }

  @Test
  void aMachineCharmProjectPassesShellcheckWithItsSettings() throws Exception {
    assumeTrue(new CharmTarget(TemplateEngine.builtIn()).supports(CharmFlavour.MACHINE),
        "this build has no machine flavour yet");
    GenRunner.Result r = gen.run("init", "--image", "redis:7", "--flavour", "machine", "-o", "redis");
    assertEquals(0, r.code(), r.toString());
    Path project = cwd.resolve("redis");
    assertTrue(Files.readString(project.resolve(".shellcheckrc")).contains("external-sources=true"));
    assertTrue(Files.readString(project.resolve("CONTRIBUTING.md")).contains("shellcheck hooks/* actions/* lib/*.sh"));
    assertTrue(Files.isExecutable(project.resolve("hooks/install")));
    assumeTrue(onPath("shellcheck"), "shellcheck is not installed (.ci/run installs it)");
    List<String> command = new ArrayList<>(List.of("shellcheck"));
    for (String dir : List.of("hooks", "actions")) {
      try (Stream<Path> s = Files.list(project.resolve(dir))) {
        s.map(p -> project.relativize(p).toString()).sorted().forEach(command::add);
      }
    }
    command.addAll(List.of("lib/charm.sh", "lib/workload.sh"));
    Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals("", output, "shellcheck with the project's .shellcheckrc only");
    assertEquals(0, p.exitValue());
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
