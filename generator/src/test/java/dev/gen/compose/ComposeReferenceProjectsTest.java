package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.diag.Diagnostics;
import dev.gen.testing.Fixtures;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gen's normalized project for realistic Compose projects ({@code src/test/resources/compose/}) and the example
 * projects of {@code fixtures/}, compared with what Docker Compose 2.26.1 printed for them
 * ({@code compose/expected/}, see the README there).
 */
class ComposeReferenceProjectsTest {

  private static final Path BASE = Fixtures.repositoryRoot().resolve("generator/src/test/resources/compose");

  record Case(String name, Path projectDir, List<Path> files, List<String> profiles, Path expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(BASE.resolve("cases.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      Path dir = c[1].startsWith("fixtures:") ? Fixtures.fixture(c[1].substring("fixtures:".length()))
          : BASE.resolve(c[1]);
      List<Path> files = c[2].equals("-") ? List.of() : Stream.of(c[2].split(" ")).map(Path::of).toList();
      List<String> profiles = c[3].equals("-") ? List.of() : List.of(c[3].split(","));
      cases.add(new Case(c[0], dir, files, profiles, BASE.resolve("expected").resolve(c[4])));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesDockerCompose(Case c) throws IOException {
    ComposeRequest request = new ComposeRequest(c.files(), c.projectDir(), null, null, List.of(), c.profiles(),
        ConformanceCase.CLEAN_ENVIRONMENT, true, true);
    ComposeProject project = ComposeLoader.load(request, new Diagnostics());
    String actual = YJson.write(project.model()).replace(c.projectDir().toString(), "<PROJECT_DIR>");
    assertEquals(YJson.MAPPER.readTree(Files.readString(c.expected())).toPrettyString(),
        YJson.MAPPER.readTree(actual).toPrettyString(), c.name());
  }
}
