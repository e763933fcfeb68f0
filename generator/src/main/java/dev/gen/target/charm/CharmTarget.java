package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.k8s.K8sCharmRenderer;
import dev.gen.target.charm.machine.MachineCharmRenderer;
import dev.gen.target.charm.validate.CharmcraftValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The charm target: one charm source tree per selected service, at {@code <charm-name>/}, each one's
 * {@code charmcraft.yaml} checked by {@link CharmcraftValidator} before it is returned.
 */
public final class CharmTarget implements dev.gen.target.Target<CharmOptions> {

  private final TemplateEngine engine;
  private final Map<CharmFlavour, CharmFlavourRenderer> renderers;

  /** A target that writes both flavours. */
  public CharmTarget(TemplateEngine engine) {
    this(engine, Map.of(CharmFlavour.K8S, new K8sCharmRenderer(), CharmFlavour.MACHINE, new MachineCharmRenderer()));
  }

  /** A target with the given renderers. */
  public CharmTarget(TemplateEngine engine, Map<CharmFlavour, CharmFlavourRenderer> renderers) {
    this.engine = engine;
    this.renderers = Map.copyOf(renderers);
  }

  @Override
  public String name() {
    return "charm";
  }

  @Override
  public FileTree generate(Project project, CharmOptions options, Diagnostics diagnostics) {
    renderer(options.flavour());
    Diagnostics planning = new Diagnostics();
    CharmPlans plans = CharmPlanner.plan(project, options, planning);
    diagnostics.addAll(planning);
    return render(plans, project, planning);
  }

  /** True when this target can write charms of {@code flavour}. */
  public boolean supports(CharmFlavour flavour) {
    return renderers.containsKey(flavour);
  }

  private CharmFlavourRenderer renderer(CharmFlavour flavour) {
    CharmFlavourRenderer renderer = renderers.get(flavour);
    if (renderer == null) {
      throw GenException.usage("the " + flavour.id() + " flavour is not available in this build of gen");
    }
    return renderer;
  }

  /**
   * Writes the selected charms of plans made already (the bundle target plans once for charms and bundle).
   *
   * @param planning the warnings planning gave, for the charms' READMEs
   */
  public FileTree render(CharmPlans plans, Project project, Diagnostics planning) {
    CharmFlavourRenderer renderer = renderer(plans.options().flavour());
    FileTree out = new FileTree();
    for (CharmPlan plan : plans.selected()) {
      FileTree charm = renderer.render(plan, plans, project, notesFor(plan.service(), planning), engine);
      String charmcraft = charm.text("charmcraft.yaml");
      if (charmcraft != null) {
        List<Diagnostic> problems = CharmcraftValidator.validate(charmcraft, plan.name() + "/charmcraft.yaml");
        if (!problems.isEmpty()) {
          throw new GenException(problems, GenException.EXIT_INPUT);
        }
      }
      out.addAll(plan.name(), charm);
    }
    return out;
  }

  /** The warnings about one service, for its README. */
  static List<Diagnostic> notesFor(String service, Diagnostics diagnostics) {
    String prefix = "services." + service;
    List<Diagnostic> notes = new ArrayList<>();
    for (Diagnostic d : diagnostics.all()) {
      if (d.severity() == Severity.WARNING
          && (d.keyPath().equals(prefix) || d.keyPath().startsWith(prefix + "."))) {
        notes.add(d);
      }
    }
    return notes;
  }
}
