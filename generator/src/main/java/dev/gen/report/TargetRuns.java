package dev.gen.report;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;
import dev.gen.target.MappingColumn;
import dev.gen.target.blueprint.BlueprintKeyMappings;
import dev.gen.target.blueprint.BlueprintOptions;
import dev.gen.target.blueprint.BlueprintStyle;
import dev.gen.target.blueprint.BlueprintTarget;
import dev.gen.target.bundle.BundleKeyMappings;
import dev.gen.target.bundle.BundleOptions;
import dev.gen.target.bundle.BundleTarget;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmKeyMappings;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every target on a project in memory, with its default options, and keeps what each said: what
 * {@code gen report} explains. Nothing is written. A target that fails is recorded with its error; the others still
 * run.
 */
public final class TargetRuns {

  private final TemplateEngine engine;

  public TargetRuns(TemplateEngine engine) {
    this.engine = engine;
  }

  public List<TargetRun> all(Project project) {
    List<TargetRun> runs = new ArrayList<>();
    runs.add(run(CharmKeyMappings.k8s(), "", d -> new CharmTarget(engine).generate(project, CharmOptions.defaults(),
        d)));
    runs.add(run(CharmKeyMappings.machine(), "--flavour machine", d -> new CharmTarget(engine).generate(project,
        CharmOptions.defaults().withFlavour(CharmFlavour.MACHINE), d)));
    runs.add(run(BundleKeyMappings.column(), "", d -> new BundleTarget(engine).generate(project,
        BundleOptions.defaults(), d)));
    for (BlueprintStyle style : List.of(BlueprintStyle.VM, BlueprintStyle.CONTAINER)) {
      runs.add(run(BlueprintKeyMappings.of(style), "--style " + style.cliName(), d -> new BlueprintTarget(engine)
          .generate(project, new BlueprintOptions(style, null, null, null), d)));
    }
    return runs;
  }

  /** One target's run: {@code body} generates into the diagnostics it is given. */
  public static TargetRun run(MappingColumn column, String options, Consumer<Diagnostics> body) {
    Diagnostics diagnostics = new Diagnostics();
    Diagnostic failure = null;
    try {
      body.accept(diagnostics);
    } catch (GenException e) {
      failure = e.first();
    }
    return new TargetRun(column, options, diagnostics.all(), failure);
  }
}
