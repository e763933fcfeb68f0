package dev.gen.target.charm.machine;

import dev.gen.diag.Diagnostic;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavourRenderer;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmcraftView;
import java.util.List;

/**
 * Writes a machine charm from a plan: {@code charmcraft.yaml} (shared template; a {@code dump} part packs the
 * hooks), the hooks, actions and shell library ({@link MachineHooksRenderer}, from the plan's
 * {@link MachineCharmView}) and a README.
 */
public final class MachineCharmRenderer implements CharmFlavourRenderer {

  @Override
  public List<TemplateEngine.TemplateRef> templates() {
    return MachineHooksRenderer.templates();
  }

  @Override
  public FileTree render(
      CharmPlan plan, CharmPlans plans, Project project, List<Diagnostic> notes, TemplateEngine engine) {
    MachineCharmView view = MachineCharmViews.of(plan, project);
    FileTree tree = new FileTree();
    tree.add("charmcraft.yaml", engine.render("charm/common/charmcraft.yaml.mustache",
        CharmcraftView.forMachine(plan, plans.options())));
    tree.add("README.md", engine.render(MachineHooksRenderer.ROOT + "README.md.mustache",
        MachineReadmeView.of(plan, plans, view, project.name(), notes)));
    tree.addAll("", new MachineHooksRenderer(engine).render(view));
    return tree;
  }
}
