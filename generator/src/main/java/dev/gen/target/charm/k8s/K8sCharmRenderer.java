package dev.gen.target.charm.k8s;

import dev.gen.diag.Diagnostic;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavourRenderer;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmNames;
import dev.gen.target.charm.CharmcraftView;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a Kubernetes sidecar charm from a plan: {@code charmcraft.yaml} (shared template), the ops code (logic
 * written once, the workload's facts as data), unit tests with ops.testing, packaging files and a README.
 */
public final class K8sCharmRenderer implements CharmFlavourRenderer {

  private static final String DIR = "charm/k8s/";

  /** The view of files whose only variables are the charm's names. */
  record NamesView(String service, String name, String summary, String title, String className) {}

  @Override
  public List<TemplateEngine.TemplateRef> templates() {
    return Stream.of("charm/common/charmcraft.yaml.mustache", DIR + "src/charm.py.mustache",
            DIR + "src/layer.py.mustache", DIR + "src/workload.py.mustache", DIR + "tests/unit/test_charm.py.mustache",
            DIR + "requirements.txt.mustache", DIR + "pyproject.toml.mustache", DIR + "gitignore.mustache",
            DIR + "README.md.mustache")
        .map(TemplateEngine.TemplateRef::byFileName)
        .toList();
  }

  @Override
  public FileTree render(
      CharmPlan plan, CharmPlans plans, Project model, List<Diagnostic> notes, TemplateEngine engine) {
    String project = model.name();
    CharmOptions options = plans.options();
    String className = CharmNames.pythonClassName(plan.baseName());
    NamesView names = new NamesView(plan.service(), plan.name(), plan.summary(), plan.title(), className);
    FileTree tree = new FileTree();
    tree.add("charmcraft.yaml", engine.render("charm/common/charmcraft.yaml.mustache",
        CharmcraftView.forK8s(plan, options)));
    tree.addExecutable("src/charm.py", engine.render(DIR + "src/charm.py.mustache", names));
    tree.add("src/layer.py", engine.render(DIR + "src/layer.py.mustache", names));
    tree.add("src/workload.py", engine.render(DIR + "src/workload.py.mustache",
        WorkloadView.of(plan, plans, project)));
    tree.add("tests/unit/test_charm.py", engine.render(DIR + "tests/unit/test_charm.py.mustache",
        UnitTestView.of(plan, plans, className)));
    tree.add("requirements.txt", engine.render(DIR + "requirements.txt.mustache", names));
    tree.add("pyproject.toml", engine.render(DIR + "pyproject.toml.mustache", names));
    tree.add(".gitignore", engine.render(DIR + "gitignore.mustache", names));
    tree.add("README.md", engine.render(DIR + "README.md.mustache",
        ReadmeView.of(plan, plans, options, project, notes)));
    return tree;
  }
}
