package dev.gen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.Severity;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import dev.gen.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticProjectTest {

  @Test
  void sameCountSameBytes() {
    assertEquals(SyntheticProject.compose(130), SyntheticProject.compose(130));
  }

  @Test
  void loadsWithEveryServiceAndOnlyTheIntendedWarnings(@TempDir Path dir) throws Exception {
    Path compose = SyntheticProject.write(30, dir);
    assertTrue(Files.isRegularFile(dir.resolve("g1/web/Dockerfile")), "group 1 builds its web front end");
    assertTrue(Files.isRegularFile(dir.resolve("g3/proxy/nginx.conf")));
    Diagnostics diagnostics = new Diagnostics();
    Project project = new InputLoader().load(
        InputRequest.of(List.of(compose, dir.resolve(SyntheticProject.OVERRIDE)), dir, Map.of()), diagnostics);
    assertEquals(30, project.services().size());
    assertEquals("synthetic-30", project.name());
    Service api = project.services().stream().filter(s -> s.name().equals("g2-api")).findFirst().orElseThrow();
    assertTrue(api.dependsOn("g1-api"), "each API calls the previous group's");
    assertEquals(2, api.deployment().replicas(), "the override file is merged");
    assertEquals("debug", api.env("LOG_LEVEL").orElseThrow().value());
    // the keys no target carries are there on purpose, one per group
    List<Diagnostic> warnings = diagnostics.withSeverity(Severity.WARNING);
    assertEquals(3, warnings.size(), warnings::toString);
    assertTrue(warnings.stream().allMatch(d -> d.keyPath().endsWith(".logging")), warnings::toString);
  }
}
