package dev.gen.target.charm.validate;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@code charmcraft.yaml} as the real tools would: parsed from its text like PyYAML does, against
 * charmcraft's official schema, then against Juju's stricter rules ({@link JujuRules}). gen runs it on every charm
 * it writes (a failure there is a bug in gen or in a user's template), and the tests run it on every example.
 */
public final class CharmcraftValidator {

  private CharmcraftValidator() {}

  /** Every problem of the file, as error diagnostics located in it (empty when it is valid). */
  public static List<Diagnostic> validate(String text, String fileName) {
    CharmYaml doc;
    try {
      doc = CharmYaml.parse(text, fileName);
    } catch (IllegalArgumentException e) {
      return List.of(Diagnostic.error("charmcraft.yaml", fileName + " is " + e.getMessage(),
          SourceLocation.of(fileName), ""));
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (Violation v : CharmcraftSchema.validate(doc.root())) {
      problems.add(Diagnostic.error("charmcraft.schema", v.message(), doc.location(v.keyPath()), v.keyPath()));
    }
    for (Violation v : JujuRules.check(doc)) {
      problems.add(Diagnostic.error("juju." + v.rule(), v.message(), doc.location(v.keyPath()), v.keyPath()));
    }
    return problems;
  }

  /**
   * Compiles charmcraft's schema and loads the classes a check uses, by checking a small file; what fails here
   * fails again, reported, on first real use. Safe to call from any thread, any number of times.
   */
  public static void warmUp() {
    List<Diagnostic> unused = validate("name: warm-up\ntype: charm\n", "charmcraft.yaml");
  }

  /** Fails with every problem when the file is not valid. */
  public static void check(String text, String fileName) {
    List<Diagnostic> problems = validate(text, fileName);
    if (!problems.isEmpty()) {
      throw new GenException(problems, GenException.EXIT_INPUT);
    }
  }
}
