package dev.gen.cli;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How warnings are reported: as text or JSON on stderr, not at all, or as an error. */
public final class WarningOptions {

  /** Output formats for warnings. */
  public enum Format {
    text,
    json
  }

  @Option(names = "--warnings", paramLabel = "FORMAT",
      description = "How to print warnings on stderr: ${COMPLETION-CANDIDATES} (default: text).")
  Format format = Format.text;

  @Option(names = {"-q", "--quiet"}, description = "Print no warnings.")
  boolean quiet;

  @Option(names = "--error-on-warning", description = "Fail (exit 1) when there is any warning.")
  boolean errorOnWarning;

  @Option(names = {"-v", "--verbose"}, description = "Also print notices (things deliberately not carried over).")
  boolean verbose;

  /** Prints the diagnostics as asked, then fails if {@code --error-on-warning} applies. */
  public void report(Diagnostics diagnostics, PrintWriter err) {
    List<Diagnostic> shown = diagnostics.all().stream()
        .filter(d -> verbose || d.severity() != Severity.NOTICE)
        .toList();
    if (!quiet && !shown.isEmpty()) {
      if (format == Format.json) {
        err.print(toJson(shown));
      } else {
        for (Diagnostic d : shown) {
          err.println("gen: " + d.format());
        }
      }
      err.flush();
    }
    List<Diagnostic> warnings = diagnostics.withSeverity(Severity.WARNING);
    if (errorOnWarning && !warnings.isEmpty()) {
      throw new GenException(List.of(Diagnostic.error("warnings-are-errors",
          warnings.size() + " warning(s) and --error-on-warning is set", null, "")), GenException.EXIT_INPUT);
    }
  }

  static String toJson(List<Diagnostic> diagnostics) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ArrayNode arr = f.arrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode o = arr.addObject();
      o.put("severity", d.severity().label());
      o.put("code", d.code());
      o.put("message", d.message());
      o.put("file", d.location().file());
      o.put("line", d.location().line());
      o.put("column", d.location().column());
      o.put("keyPath", d.keyPath());
      if (!d.hint().isEmpty()) {
        o.put("hint", d.hint());
      }
    }
    return dev.gen.yaml.YJson.write(arr);
  }
}
