package dev.gen.target.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles of the example projects, as approved: for both flavours, with and without {@code --use-charmhub}.
 * Each snapshot holds the bundle's own files and its warnings; the generated charms are approved by the charm
 * tests, except where Charmhub charms change them (then their data files are here too: what they require, ask
 * and read).
 */
class BundleApprovalTest {

  static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  static FileTree generate(Project project, BundleOptions options, Diagnostics diagnostics) {
    return new BundleTarget(ENGINE).generate(project, options, diagnostics);
  }

  static BundleOptions options(String flavour, boolean charmhub) {
    return BundleOptions.defaults().withFlavour(CharmFlavour.of(flavour)).withCharmhub(charmhub);
  }

  /** The bundle's files, the data files of charms that differ from the charm tests', and the warnings. */
  static String snapshot(FileTree tree, Diagnostics diagnostics, boolean withCharmData) {
    FileTree shown = new FileTree();
    tree.files().forEach((path, f) -> {
      boolean charmData = path.endsWith("/charmcraft.yaml") || path.endsWith("/src/workload.py")
          || path.endsWith("/tests/unit/test_charm.py") || path.endsWith("/README.md")
          || path.endsWith("/lib/workload.sh");
      if (!path.startsWith(BundleTarget.CHARMS + "/") || (withCharmData && charmData)) {
        shown.add(path, f.content(), f.executable());
      }
    });
    String warnings = diagnostics.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    return shown.toSnapshot() + "=== (warnings) ===\n" + warnings + (warnings.isEmpty() ? "" : "\n");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "webapp, k8s", "webapp, machine", "wordpress, k8s", "wordpress, machine", "shop, k8s", "shop, machine",
      "dockerfiles, k8s", "dockerfiles, machine"})
  void bundlesAsApproved(String fixture, String flavour) {
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = generate(ExampleProjects.all().get(fixture), options(flavour, false), diagnostics);
    FixtureApprovals.verify(fixture, "bundle-" + flavour, snapshot(tree, diagnostics, false), "txt");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"wordpress, k8s", "wordpress, machine", "shop, k8s", "shop, machine"})
  void charmhubBundlesAsApproved(String fixture, String flavour) {
    Diagnostics diagnostics = new Diagnostics();
    FileTree tree = generate(ExampleProjects.all().get(fixture), options(flavour, true), diagnostics);
    FixtureApprovals.verify(fixture, "bundle-" + flavour + "-charmhub", snapshot(tree, diagnostics, true), "txt");
  }

  /** Projects without well-known images give the same bundle with --use-charmhub. */
  @ParameterizedTest
  @ValueSource(strings = {"webapp", "dockerfiles"})
  void withoutWellKnownImagesCharmhubChangesNothing(String fixture) {
    for (String flavour : new String[] {"k8s", "machine"}) {
      Project project = ExampleProjects.all().get(fixture);
      assertEquals(generate(project, options(flavour, false), new Diagnostics()).toSnapshot(),
          generate(project, options(flavour, true), new Diagnostics()).toSnapshot());
    }
  }
}
