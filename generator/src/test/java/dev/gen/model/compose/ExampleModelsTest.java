package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.model.ModelJson;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import dev.gen.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model of every project under {@code fixtures/}, loaded as {@code gen model} loads it, approved in
 * {@code fixtures/<project>/approved/model.approved.json}, and checked against the model's invariants. The examples
 * use only what the model carries: loading them gives no warning.
 */
class ExampleModelsTest {

  static Stream<String> projects() {
    return Fixtures.projects().stream();
  }

  @ParameterizedTest
  @MethodSource("projects")
  void approvedModel(String fixture) {
    ExampleProjects.Loaded loaded = ExampleProjects.loaded(fixture);
    List<Diagnostic> modelDiagnostics = loaded.diagnostics().stream()
        .filter(d -> d.code().startsWith("model.")).toList();
    ModelInvariants.check(loaded.project(), modelDiagnostics, fixture);
    assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.severity() != Severity.NOTICE)
        .map(Diagnostic::format).toList(), "every key of the examples is carried");
    FixtureApprovals.verify(fixture, "model", ModelJson.write(loaded.project()), "json");
  }
}
