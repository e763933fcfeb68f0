package dev.gen.cli;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How a command reports on stderr: warnings as text or JSON, notices with {@code -v}, nothing but errors with
 * {@code -q}, warnings as errors, colour. A command puts its warnings into {@link #diagnostics()} and its closing
 * status lines into {@link #status}; gen prints them when the command ends, together with the error if it failed
 * ({@link Reporter}), so that {@code --warnings json} gives exactly one JSON array.
 */
public final class WarningOptions {

  /** Output formats for diagnostics. */
  public enum Format {
    text,
    json
  }

  /** When to colour diagnostics. */
  public enum ColorMode {
    auto,
    always,
    never
  }

  @Option(names = "--warnings", paramLabel = "FORMAT",
      description = "How to print warnings and errors on stderr: ${COMPLETION-CANDIDATES} (default: text). json"
          + " prints one JSON array of {severity, code, message, file, line, column, keyPath, hint}.")
  Format format = Format.text;

  @Option(names = {"-q", "--quiet"}, description = "Print no warnings and no summary; errors only.")
  boolean quiet;

  @Option(names = "--error-on-warning",
      description = "Fail (exit 1) when there is any warning, before anything is written.")
  boolean errorOnWarning;

  @Option(names = {"-v", "--verbose"}, description = "Also print notices (things deliberately not carried over).")
  boolean verbose;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour diagnostics: ${COMPLETION-CANDIDATES} (default: auto, which colours only when stderr is a"
          + " terminal and NO_COLOR is not set).")
  ColorMode color = ColorMode.auto;

  private final Diagnostics collected = new Diagnostics();
  private final List<String> statusLines = new ArrayList<>();

  /** Where the command reports its warnings and notices. */
  public Diagnostics diagnostics() {
    return collected;
  }

  /** A line for people, printed on stderr after the warnings when the command succeeds (not with -q or json). */
  public void status(String line) {
    statusLines.add(line);
  }

  /**
   * Fails the run (exit 1) when {@code --error-on-warning} is set and a warning was reported. Commands call it
   * before they write anything, so that a failed run leaves no output behind.
   */
  public void failOnWarnings() {
    List<Diagnostic> warnings = collected.withSeverity(Severity.WARNING);
    if (errorOnWarning && !warnings.isEmpty()) {
      throw new GenException(List.of(Diagnostic.error("warnings-are-errors", warnings.size()
          + (warnings.size() == 1 ? " warning" : " warnings") + " and --error-on-warning is set", null, "")),
          GenException.EXIT_INPUT);
    }
  }

  Format format() {
    return format;
  }

  boolean quiet() {
    return quiet;
  }

  boolean verbose() {
    return verbose;
  }

  ColorMode color() {
    return color;
  }

  List<String> statusLines() {
    return List.copyOf(statusLines);
  }
}
