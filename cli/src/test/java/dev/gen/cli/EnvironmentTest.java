package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment and the working directory of a run are its own, as docker compose reads them. */
class EnvironmentTest {

  @TempDir Path cwd;

  @Test
  void withNoInputTheComposeFileOfTheWorkingDirectoryOrAParent() throws IOException {
    Files.writeString(cwd.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
    Path sub = Files.createDirectories(cwd.resolve("deep/er"));
    GenRunner.Result r = GenRunner.in(sub).run("config", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("\"name\": \"" + cwd.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9_-]", "") + "\""), r.out());
    GenRunner.Result charm = GenRunner.in(sub).run("charm", "-o", "out");
    assertEquals(0, charm.code(), charm.toString());
    assertTrue(Files.isRegularFile(sub.resolve("out/web-k8s/charmcraft.yaml")), "-o is relative to the run's directory");
  }

  @Test
  void composeVariablesComeFromTheRunsEnvironment() throws IOException {
    Files.writeString(cwd.resolve("base.yaml"), "services:\n  web:\n    image: \"nginx:${TAG:-1}\"\n"
        + "  debug:\n    image: busybox\n    profiles: [debug]\n");
    Files.writeString(cwd.resolve("other.yaml"), "services:\n  web:\n    environment:\n      MODE: other\n");
    GenRunner gen = GenRunner.in(cwd).env(Map.of("COMPOSE_FILE", "base.yaml:other.yaml",
        "COMPOSE_PROJECT_NAME", "fromenv", "COMPOSE_PROFILES", "debug", "TAG", "1.27"));
    GenRunner.Result r = gen.run("model", "--format", "yaml");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("name: fromenv\n"), r.out());
    assertTrue(r.out().contains("nginx:1.27"), r.out());
    assertTrue(r.out().contains("MODE"), "both files of COMPOSE_FILE: " + r.out());
    assertTrue(r.out().contains("name: debug"), "COMPOSE_PROFILES: " + r.out());
    GenRunner.Result options = gen.run("model", "--format", "yaml", "-p", "fromoption", "-f", "base.yaml");
    assertTrue(options.out().startsWith("name: fromoption\n"), "options win: " + options.out());
    assertTrue(!options.out().contains("MODE"), options.out());
  }

  @Test
  void theProcessEnvironmentIsNotRead() throws IOException {
    Files.writeString(cwd.resolve("compose.yaml"), "services:\n  web:\n    image: \"nginx:${HOME:-none}\"\n");
    GenRunner.Result r = GenRunner.in(cwd).run("config");
    assertTrue(r.out().contains("image: nginx:none"), "HOME is not in the run's environment: " + r.out());
  }
}
