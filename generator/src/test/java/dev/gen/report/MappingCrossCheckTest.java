package dev.gen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.TemplateEngine;
import dev.gen.target.KeyMapping;
import dev.gen.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each target's mapping column against what the target really does, for every example project, the model's kitchen
 * sink (every key gen knows) and the values whose mapping depends on them ({@code report/mapping-edges}): a key the
 * table calls carried (or not needed) must never be in the target's {@code *.unmapped} warnings, and a key the
 * table calls not carried must be, each time a project uses it.
 */
class MappingCrossCheckTest {

  private static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  static Stream<String> projects() {
    List<String> all = new ArrayList<>(Fixtures.projects());
    all.add("kitchen-sink");
    all.add("mapping-edges");
    return all.stream();
  }

  static MappedProject load(String name) {
    Path input = switch (name) {
      case "kitchen-sink" -> Fixtures.repositoryRoot().resolve("generator/src/test/resources/model/kitchen-sink");
      case "mapping-edges" -> Fixtures.repositoryRoot().resolve("generator/src/test/resources/report/mapping-edges");
      default -> Fixtures.fixture(name);
    };
    InputRequest request = new InputRequest(List.of(input), Fixtures.root(), null, null, List.of(), List.of("*"),
        Map.of(), true, true);
    return new InputLoader().loadMapped(request, new Diagnostics());
  }

  @ParameterizedTest
  @MethodSource("projects")
  void warningsAreAboutKeysTheTableDoesNotCallCarried(String name) {
    MappedProject mapped = load(name);
    KeyPaths paths = new KeyPaths(mapped.project());
    List<String> problems = new ArrayList<>();
    for (TargetRun run : new TargetRuns(ENGINE).all(mapped.project())) {
      for (Diagnostic d : run.unmapped()) {
        KeyPaths.Resolved r = paths.resolve(d.keyPath());
        if (r.rowId() == null) {
          problems.add(run.column().id() + ": " + d.keyPath() + " names no key: " + d.message());
          continue;
        }
        KeyMapping cell = run.column().cell(r.rowId()).orElse(null);
        if (cell == null) {
          problems.add(run.column().id() + ": " + d.keyPath() + " (" + r.rowId() + ") has no cell: " + d.message());
        } else if (!cell.status().mayWarn()) {
          problems.add(run.column().id() + ": " + d.keyPath() + " is " + cell.status().label() + " (" + r.rowId()
              + ") but warned about: " + d.message());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource("projects")
  void keysTheTableCallsNotCarriedAreWarnedAbout(String name) {
    MappedProject mapped = load(name);
    KeyPaths paths = new KeyPaths(mapped.project());
    KeyInventory inventory = KeyInventory.of(mapped);
    List<String> problems = new ArrayList<>();
    for (TargetRun run : new TargetRuns(ENGINE).all(mapped.project())) {
      List<KeyPaths.Resolved> warned = run.unmapped().stream().map(d -> paths.resolve(d.keyPath())).toList();
      for (var service : mapped.project().services()) {
        for (KeyInventory.Entry e : inventory.service(service.name())) {
          check(run, e, service.name(), warned, problems);
        }
      }
      for (KeyInventory.Entry e : inventory.project()) {
        check(run, e, null, warned, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void check(TargetRun run, KeyInventory.Entry e, String service, List<KeyPaths.Resolved> warned,
      List<String> problems) {
    if (e.rowId() == null) {
      return;
    }
    KeyMapping cell = run.column().cell(e.rowId()).orElse(null);
    if (cell == null || cell.status() != KeyMapping.Status.NOT_CARRIED) {
      return;
    }
    Rule rule = KeyStructure.rule(e.rowId()).orElseThrow();
    List<String> ancestors = KeyStructure.ancestors(rule);
    boolean covered = warned.stream().anyMatch(w -> w.rowId() != null
        && (service == null || service.equals(w.service()) || w.service() == null)
        && (w.rowId().equals(e.rowId()) || ancestors.contains(w.rowId()) || w.rowId().equals(cell.reportedAt())
            || KeyStructure.rule(w.rowId()).map(KeyStructure::ancestors).orElse(List.of()).contains(e.rowId())));
    if (!covered) {
      problems.add(run.column().id() + ": " + (service == null ? "" : service + " ") + e.name() + " at "
          + e.locations().get(0) + " is not carried, but no warning says so");
    }
  }
}
