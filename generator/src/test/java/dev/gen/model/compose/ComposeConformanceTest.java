package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.model.ModelJson;
import dev.gen.model.Project;
import dev.gen.testing.Fixtures;
import dev.gen.yaml.YMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maps every normalized project of the conformance data (the reference loader's output for compose-go's and
 * kompose's test files) and checks the model: valid against the schema, located, consistent, deterministic.
 */
class ComposeConformanceTest {

  static Path expectedRoot() {
    return Fixtures.root().resolve("conformance/compose/expected");
  }

  static Stream<Path> normalizedProjects() throws IOException {
    try (Stream<Path> files = Files.walk(expectedRoot())) {
      return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".error.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizedProjects")
  void mapsEveryNormalizedProject(Path file) {
    String name = expectedRoot().relativize(file).toString();
    YMap normalized = NormalizedProjects.read(file, name);
    Diagnostics diagnostics = new Diagnostics();
    Project project = NormalizedProjects.map(normalized, diagnostics);
    List<Diagnostic> reported = diagnostics.all();
    ModelInvariants.check(project, reported, name);
    assertEquals(normalized.getMap("services").size(), project.services().size(), name + ": services lost");

    Diagnostics again = new Diagnostics();
    Project second = NormalizedProjects.map(NormalizedProjects.read(file, name), again);
    assertEquals(ModelJson.write(project), ModelJson.write(second), name + ": not deterministic");
    assertEquals(reported, again.all(), name + ": diagnostics not deterministic");
  }

  @Test
  void coversAllOfTheConformanceData() throws IOException {
    assertTrue(normalizedProjects().count() >= 146, "conformance data missing");
  }
}
