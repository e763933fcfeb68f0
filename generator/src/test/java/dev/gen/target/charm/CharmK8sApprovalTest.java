package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole generated tree of each example project's Kubernetes charms, and the warnings, as approved. */
class CharmK8sApprovalTest {

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop", "dockerfiles"})
  void charmsAsApproved(String fixture) {
    Project project = ExampleProjects.all().get(fixture);
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = new CharmTarget(TemplateEngine.builtIn()).generate(project, CharmOptions.defaults(), diagnostics);
    FixtureApprovals.verify(fixture, "charm-k8s", tree.toSnapshot(), "txt");
    String warnings = diagnostics.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
    FixtureApprovals.verify(fixture, "charm-k8s-warnings", warnings, "txt");
  }
}
