package dev.gen.target.blueprint;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden blueprints and catalogs of the example projects, in both styles, with the warnings they give. */
class BlueprintApprovalTest {

  static Stream<Arguments> cases() {
    return ExampleProjects.all().keySet().stream()
        .flatMap(f -> Stream.of(Arguments.of(f, BlueprintStyle.VM), Arguments.of(f, BlueprintStyle.CONTAINER)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void approved(String fixture, BlueprintStyle style) {
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = new BlueprintTarget(TemplateEngine.builtIn())
        .generate(ExampleProjects.named(fixture), BlueprintOptions.of(style), diagnostics);
    FixtureApprovals.verify(fixture, "blueprint-" + style.cliName(), snapshot(tree, diagnostics), "txt");
  }

  /** The Maven project of Java entities ({@code --java}). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void approvedJava(String fixture) {
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = new JavaEntities(TemplateEngine.builtIn())
        .generate(ExampleProjects.named(fixture), BlueprintOptions.of(BlueprintStyle.VM), diagnostics);
    FixtureApprovals.verify(fixture, "blueprint-java", tree.toSnapshot(), "txt");
  }

  static Stream<String> fixtures() {
    return ExampleProjects.all().keySet().stream();
  }

  /** The files, then the warnings, as one text. */
  static String snapshot(FileTree tree, Diagnostics diagnostics) {
    StringBuilder sb = new StringBuilder(tree.toSnapshot());
    sb.append("=== warnings ===\n");
    for (Diagnostic d : diagnostics.all()) {
      sb.append(d.format()).append(" {").append(d.code()).append("}\n");
    }
    return sb.toString();
  }
}
