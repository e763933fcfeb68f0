package dev.gen.bench;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.k8s.K8sCharmRenderer;
import dev.gen.target.charm.validate.CharmcraftValidator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The output side at steady state, on the model of a synthetic project: the charm plan of every service, the
 * rendering of one charm (every template of a Kubernetes charm, its views made from the whole project's plan), and
 * the check of one {@code charmcraft.yaml} (charmcraft's schema and Juju's rules).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
public class TargetBenchmark {

  @Param({"1000"})
  int services;

  private Project model;
  private CharmPlans plans;
  private CharmPlan api;
  private String charmcraftYaml;
  private final TemplateEngine engine = TemplateEngine.builtIn();
  private final K8sCharmRenderer renderer = new K8sCharmRenderer();

  @Setup
  public void setUp() {
    try (BenchProject project = new BenchProject(services)) {
      model = new InputLoader().load(
          InputRequest.of(List.of(project.composeFile), project.directory, Map.of()), new Diagnostics());
    }
    plans = CharmPlanner.plan(model, CharmOptions.defaults(), new Diagnostics());
    api = plans.forService("g1-api").orElseThrow();
    charmcraftYaml = renderOneCharm().text("charmcraft.yaml");
  }

  /** Names, options, relations, storage, commands and checks of every service. */
  @Benchmark
  public CharmPlans charmPlan() {
    return CharmPlanner.plan(model, CharmOptions.defaults(), new Diagnostics());
  }

  /** All files of one Kubernetes charm (the first group's API: the one with the most relations). */
  @Benchmark
  public FileTree renderOneCharm() {
    List<Diagnostic> notes = List.of();
    return renderer.render(api, plans, model, notes, engine);
  }

  /** The check of one generated charmcraft.yaml. */
  @Benchmark
  public List<Diagnostic> validateOneCharmcraftYaml() {
    return CharmcraftValidator.validate(charmcraftYaml, "g1-api-k8s/charmcraft.yaml");
  }
}
