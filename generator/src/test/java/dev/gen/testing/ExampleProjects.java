package dev.gen.testing;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service models of the projects under {@code fixtures/}, loaded the way {@code gen} loads them
 * ({@link InputLoader} on the fixture's folder, with an empty process environment, checked against the model's
 * schema). Targets' tests use these, so what they approve is what the command line generates. Models are immutable,
 * so each fixture is loaded once per test run.
 */
public final class ExampleProjects {

  /** The example projects every target approves its output for. */
  public static final List<String> EXAMPLES = List.of("dockerfiles", "shop", "webapp", "wordpress");

  /** A loaded fixture: its model and the warnings and notices loading it gave. */
  public record Loaded(Project project, List<Diagnostic> diagnostics) {}

  private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

  private ExampleProjects() {}

  /** The example projects by fixture name, in {@link #EXAMPLES} order. */
  public static Map<String, Project> all() {
    Map<String, Project> all = new LinkedHashMap<>();
    for (String name : EXAMPLES) {
      all.put(name, named(name));
    }
    return all;
  }

  /** The model of {@code fixtures/<fixture>/}. */
  public static Project named(String fixture) {
    return loaded(fixture).project();
  }

  /** The model of {@code fixtures/<fixture>/} and what loading it reported. */
  public static Loaded loaded(String fixture) {
    Objects.requireNonNull(fixture, "fixture");
    return CACHE.computeIfAbsent(fixture, ExampleProjects::load);
  }

  private static Loaded load(String fixture) {
    Diagnostics diagnostics = new Diagnostics();
    Project project = new InputLoader().load(
        InputRequest.of(List.of(Fixtures.fixture(fixture)), Fixtures.root(), Map.of()), diagnostics);
    return new Loaded(project, diagnostics.all());
  }

  public static Project webapp() {
    return named("webapp");
  }

  public static Project wordpress() {
    return named("wordpress");
  }

  public static Project shop() {
    return named("shop");
  }

  public static Project dockerfiles() {
    return named("dockerfiles");
  }
}
