package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.diag.Diagnostics;
import dev.gen.model.ModelJson;
import dev.gen.model.Project;
import dev.gen.testing.FixtureApprovals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model of each example project, approved in {@code fixtures/<project>/approved/model.approved.json}. Until the
 * Compose loader is merged, the input is the reference loader's output for the project's compose file, stored in
 * {@code generator/src/test/resources/model/} (see the README there); every location is then the file itself.
 */
class ExampleModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop"})
  void approvedModel(String fixture) {
    Diagnostics diagnostics = new Diagnostics();
    Project project = NormalizedProjects.map(
        NormalizedProjects.read(NormalizedProjects.resource(fixture + ".json"), "compose.yaml"), diagnostics);
    ModelInvariants.check(project, diagnostics.all(), fixture);
    assertEquals(java.util.List.of(), diagnostics.all(), "every key of the examples is carried");
    FixtureApprovals.verify(fixture, "model", ModelJson.write(project), "json");
  }
}
