package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.TemplateEngine;
import dev.gen.report.Reports;
import dev.gen.target.MappingColumn;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --report DIR} of the generating commands: the conversion report of the run, in a directory of its own,
 * written with the command's output and the same {@link WriteOptions} ({@code --check}, {@code --dry-run},
 * {@code --force}, the manifest).
 */
public final class ReportOption {

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write report.md and report.html into DIR, like the output (--check, --dry-run and --force"
          + " apply): each key of the input, what this command made of it or why not, its warnings, and the"
          + " topology. Not with --stdout.")
  Path directory;

  /** Fails early, before any work: a report is files, which {@code --stdout} does not write. */
  void validate(CommandSpec command, boolean stdout) {
    if (directory != null && stdout) {
      throw new ParameterException(command.commandLine(), "--report writes files: it needs -o DIR, not --stdout");
    }
  }

  /**
   * The report of the run as one more directory to write, or none without {@code --report}.
   *
   * @param diagnostics everything the run reported, loading and target together
   * @param column the mapping column of the target that ran
   * @param options the options it ran with, in words ({@code --flavour machine})
   */
  List<TreeOutput.Destination> destinations(MappedProject mapped, Diagnostics diagnostics, MappingColumn column,
      String options, TemplateEngine engine, RunContext context) {
    if (directory == null) {
      return List.of();
    }
    return List.of(new TreeOutput.Destination(Reports.ofRun(mapped, diagnostics.all(), column, options, engine),
        context.resolve(directory), directory.toString()));
  }
}
