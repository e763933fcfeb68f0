package dev.gen.testing;

import dev.gen.diag.Diagnostics;
import dev.gen.graph.GraphFormat;
import dev.gen.graph.Graphs;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.blueprint.BlueprintOptions;
import dev.gen.target.blueprint.BlueprintStyle;
import dev.gen.target.blueprint.BlueprintTarget;
import dev.gen.target.blueprint.JavaEntities;
import dev.gen.target.bundle.BundleOptions;
import dev.gen.target.bundle.BundleTarget;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every output gen makes of a project, by the name of the command line that makes it: the charms of both flavours,
 * the bundles of both flavours, the blueprints of both styles, the Java entities and the graph in every format (the
 * report needs the loader's mapping of keys, and is run by the command-line tests). For the tests that must cover
 * every target (fuzzing, hostile values, determinism).
 */
public final class AllTargets {

  /** One output: a name ({@code charm-k8s}...) and how to make it. */
  public record Output(String name, BiFunction<Project, Diagnostics, FileTree> generate) {
    public FileTree generate(Project project) {
      return generate.apply(project, new Diagnostics());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private AllTargets() {}

  /** Every output, with the built-in templates. */
  public static List<Output> all() {
    return all(TemplateEngine.builtIn());
  }

  public static List<Output> all(TemplateEngine engine) {
    CharmTarget charms = new CharmTarget(engine);
    BundleTarget bundles = new BundleTarget(engine);
    BlueprintTarget blueprints = new BlueprintTarget(engine);
    JavaEntities java = new JavaEntities(engine);
    return List.of(
        new Output("charm-k8s", (p, d) -> charms.generate(p, CharmOptions.defaults(), d)),
        new Output("charm-machine",
            (p, d) -> charms.generate(p, CharmOptions.defaults().withFlavour(CharmFlavour.MACHINE), d)),
        new Output("bundle-k8s", (p, d) -> bundles.generate(p, BundleOptions.defaults(), d)),
        new Output("bundle-machine",
            (p, d) -> bundles.generate(p, BundleOptions.defaults().withFlavour(CharmFlavour.MACHINE), d)),
        new Output("blueprint-vm", (p, d) -> blueprints.generate(p, BlueprintOptions.of(BlueprintStyle.VM), d)),
        new Output("blueprint-container",
            (p, d) -> blueprints.generate(p, BlueprintOptions.of(BlueprintStyle.CONTAINER), d)),
        new Output("blueprint-java", (p, d) -> java.generate(p, BlueprintOptions.of(BlueprintStyle.VM), d)),
        graph(GraphFormat.SVG, engine), graph(GraphFormat.MERMAID, engine), graph(GraphFormat.DOT, engine));
  }

  /** {@code gen graph}'s picture in one format, as a tree of one file. */
  private static Output graph(GraphFormat format, TemplateEngine engine) {
    return new Output("graph-" + format.id(), (p, d) -> new FileTree()
        .add("graph." + format.extension(), Graphs.render(p, format, engine)));
  }

  /** Every output of {@code project}, by name. */
  public static Map<String, FileTree> generate(Project project) {
    Map<String, FileTree> trees = new LinkedHashMap<>();
    for (Output o : all()) {
      trees.put(o.name(), o.generate(project));
    }
    return trees;
  }
}
