package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.OrderedParallel;
import dev.gen.target.charm.k8s.K8sCharmRenderer;
import dev.gen.target.charm.machine.MachineCharmRenderer;
import dev.gen.target.charm.validate.CharmcraftValidator;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * Starts compiling, on another thread, what writing charms of {@code flavour} needs first: the flavour's
   * templates and charmcraft's schema. A command starts it before it loads the project, so that on a cold JVM this
   * work is done on another core meanwhile. Anything that fails here fails again, reported, where it is used.
   */
  public void warmUpInBackground(CharmFlavour flavour) {
    CharmFlavourRenderer renderer = renderers.get(flavour);
    if (renderer == null) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        for (TemplateEngine.TemplateRef template : renderer.templates()) {
          engine.compile(template);
        }
        CharmcraftValidator.warmUp();
      } catch (RuntimeException | Error e) {
        // reported where it is used
      }
    }, "gen-charm-warm-up");
    t.setDaemon(true);
    t.start();
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
    Map<String, List<Diagnostic>> notes = notesByService(plans.selected(), planning);
    // each charm depends only on the plans: render and check them on every core, add them in the plans' order
    List<FileTree> charms = OrderedParallel.map(plans.selected(), plan -> {
      FileTree charm = renderer.render(plan, plans, project, notes.get(plan.service()), engine);
      String charmcraft = charm.text("charmcraft.yaml");
      if (charmcraft != null) {
        List<Diagnostic> problems = CharmcraftValidator.validate(charmcraft, plan.name() + "/charmcraft.yaml");
        if (!problems.isEmpty()) {
          throw new GenException(problems, GenException.EXIT_INPUT);
        }
      }
      return charm;
    });
    FileTree out = new FileTree();
    for (int i = 0; i < charms.size(); i++) {
      out.addAll(plans.selected().get(i).name(), charms.get(i));
    }
    return out;
  }

  /**
   * The warnings about each of the plans' services, for their READMEs: those whose key path is the service's
   * ({@code services.<name>}) or below it, in the diagnostics' order. One pass over the diagnostics, looking up each
   * prefix of a key path that could be a service name (service names may hold dots).
   */
  static Map<String, List<Diagnostic>> notesByService(List<CharmPlan> plans, Diagnostics diagnostics) {
    Map<String, List<Diagnostic>> notes = new HashMap<>();
    for (CharmPlan plan : plans) {
      notes.put(plan.service(), new ArrayList<>());
    }
    String prefix = "services.";
    for (Diagnostic d : diagnostics.all()) {
      String path = d.keyPath();
      if (d.severity() != Severity.WARNING || !path.startsWith(prefix)) {
        continue;
      }
      for (int end = path.indexOf('.', prefix.length()); ; end = path.indexOf('.', end + 1)) {
        List<Diagnostic> list = notes.get(path.substring(prefix.length(), end < 0 ? path.length() : end));
        if (list != null) {
          list.add(d);
        }
        if (end < 0) {
          break;
        }
      }
    }
    return notes;
  }
}
