package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.diag.GenException;
import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the Compose conformance suite ({@code fixtures/conformance/compose/expected/INDEX.tsv}: the
 * reference loader's normalized model, or its error, for 181 inputs) and compares gen's normalized project with it
 * structurally. Fails below 97% of all cases identical, on any expected rejection that gen accepts, on a rejection
 * without exit code 1 or a location, and when the cases that differ are not exactly those listed in
 * {@code KNOWN-DIFFERENCES.md}.
 */
class ComposeConformanceTest {

  private static final Path ROOT = Fixtures.root().resolve("conformance/compose");
  private static final double REQUIRED = 0.97;

  @Test
  void matchesTheReferenceLoader() throws IOException {
    List<ConformanceCase> cases = ConformanceCase.all(ROOT);
    int identical = 0;
    int rejectionsMatched = 0;
    List<String> problems = new ArrayList<>();
    TreeSet<String> differing = new TreeSet<>();
    for (ConformanceCase c : cases) {
      ConformanceCase.Outcome outcome = c.run(ROOT);
      if (c.expectsError()) {
        GenException e = outcome.error();
        if (e == null) {
          problems.add(c.name() + ": accepted, but the reference rejects it: " + c.expectedErrorMessage());
          differing.add(c.name());
          continue;
        }
        if (e.exitCode() != GenException.EXIT_INPUT || !e.first().location().isKnown()) {
          problems.add(c.name() + ": rejected without exit code 1 and a location: " + e.first().format());
          differing.add(c.name());
          continue;
        }
        identical++;
        rejectionsMatched++;
        continue;
      }
      if (outcome.error() != null) {
        differing.add(c.name());
        problems.add(c.name() + ": rejected: " + outcome.error().first().format());
        continue;
      }
      if (outcome.model().equals(c.expected())) {
        identical++;
      } else {
        differing.add(c.name());
        problems.add(c.name() + ": differs\n  expected " + c.expected() + "\n  actual   " + outcome.model());
      }
    }
    double ratio = (double) identical / cases.size();
    System.out.printf(Locale.ROOT, "compose conformance: %d cases, %d identical (%.1f%%), %d different,"
        + " %d rejections matched%n", cases.size(), identical, 100 * ratio, cases.size() - identical,
        rejectionsMatched);
    problems.forEach(p -> System.out.println("  " + p));
    assertTrue(ratio >= REQUIRED, String.format(Locale.ROOT, "only %.1f%% of the cases are identical (%d of %d)",
        100 * ratio, identical, cases.size()));
    for (String p : problems) {
      if (p.contains("accepted, but the reference rejects it")) {
        fail(p);
      }
    }
    assertEquals(knownDifferences(), differing,
        "the differing cases must be exactly those listed in fixtures/conformance/compose/KNOWN-DIFFERENCES.md");
  }

  /** The case names listed as {@code - `case`} in KNOWN-DIFFERENCES.md. */
  private static TreeSet<String> knownDifferences() throws IOException {
    TreeSet<String> known = new TreeSet<>();
    Path file = ROOT.resolve("KNOWN-DIFFERENCES.md");
    if (!Files.exists(file)) {
      return known;
    }
    Matcher m = Pattern.compile("(?m)^- `([^`]+)`").matcher(Files.readString(file));
    while (m.find()) {
      known.add(m.group(1));
    }
    return known;
  }
}
