package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole generated tree of each example project's machine charms, and the warnings, as approved. The shell
 * library is the same in every charm, a copy of {@code templates/charm/machine/lib/charm.sh} (checked byte for byte
 * by {@code MachineHooksRendererTest}): it is named rather than repeated in every approved file.
 */
class CharmMachineApprovalTest {

  static final CharmOptions MACHINE = new CharmOptions(CharmFlavour.MACHINE, CharmOptions.DEFAULT_BASE, List.of());

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop", "dockerfiles"})
  void charmsAsApproved(String fixture) {
    Project project = ExampleProjects.all().get(fixture);
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = new CharmTarget(TemplateEngine.builtIn()).generate(project, MACHINE, diagnostics);
    FixtureApprovals.verify(fixture, "charm-machine", snapshot(tree), "txt");
    String warnings = diagnostics.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
    FixtureApprovals.verify(fixture, "charm-machine-warnings", warnings, "txt");
  }

  /** The charms' files, with each copy of the shell library named instead of shown. */
  static String snapshot(FileTree tree) {
    FileTree shown = new FileTree();
    tree.files().values().forEach(f -> shown.add(f.path(), f.path().endsWith("/lib/charm.sh")
        ? "(templates/charm/machine/lib/charm.sh, copied as it is)\n".getBytes(StandardCharsets.UTF_8)
        : f.content(), f.executable()));
    return shown.toSnapshot();
  }
}
