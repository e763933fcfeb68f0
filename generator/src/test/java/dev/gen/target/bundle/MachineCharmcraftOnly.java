package dev.gen.target.bundle;

import dev.gen.diag.Diagnostic;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmFlavourRenderer;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.CharmcraftView;
import dev.gen.target.charm.k8s.K8sCharmRenderer;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the machine flavour's renderer until it is merged: it writes only the machine charm's
 * {@code charmcraft.yaml}, from the shared plan and template, which is all a bundle needs of a charm.
 */
final class MachineCharmcraftOnly implements CharmFlavourRenderer {

  @Override
  public FileTree render(
      CharmPlan plan, CharmPlans plans, String project, List<Diagnostic> notes, TemplateEngine engine) {
    return new FileTree().add("charmcraft.yaml", engine.render("charm/common/charmcraft.yaml.mustache",
        CharmcraftView.forMachine(plan, plans.options())));
  }

  /** A charm target with the Kubernetes flavour and this stand-in for the machine flavour. */
  static CharmTarget charmTarget(TemplateEngine engine) {
    return new CharmTarget(engine, Map.of(CharmFlavour.K8S, new K8sCharmRenderer(),
        CharmFlavour.MACHINE, new MachineCharmcraftOnly()));
  }
}
