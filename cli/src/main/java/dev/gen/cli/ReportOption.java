package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.TemplateEngine;
import dev.gen.report.Reports;
import dev.gen.target.MappingColumn;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --report DIR} of the generating commands: the conversion report of the run, beside its output. */
public final class ReportOption {

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write report.md and report.html into DIR: each key of the input, what this command made"
          + " of it or why not, its warnings, and the topology.")
  Path directory;

  /** Writes the report when {@code --report} was given. */
  void write(MappedProject mapped, Diagnostics diagnostics, MappingColumn column, String options,
      TemplateEngine engine) {
    if (directory != null) {
      TreeWriter.write(Reports.ofRun(mapped, diagnostics.all(), column, options, engine), directory);
    }
  }
}
