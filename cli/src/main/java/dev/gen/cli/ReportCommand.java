package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateLocator;
import dev.gen.report.Reports;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gen report}: runs every target in memory and writes {@code report.md} and {@code report.html}: what became
 * of each key of the input in each target, or why not.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Writes a conversion report (report.md and a self-contained report.html): each key of the input,"
        + " with its file and line, what each target (charm, bundle, blueprint) made of it or why not, every"
        + " warning, and the topology. Nothing else is written.",
    footer = {"", "Examples:",
        "  gen report fixtures/shop/compose.yaml -o out/report",
        "  gen charm fixtures/shop/compose.yaml -o out/charms --report out/report   (the report of one run)"})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin WarningOptions warnings = new WarningOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The directory to write report.md and report.html into.")
  Path output;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones (same relative paths).")
  Path templates;

  private final ProjectLoader loader;

  ReportCommand(ProjectLoader loader) {
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    MappedProject mapped = loader.loadMapped(input, diagnostics);
    warnings.report(diagnostics, spec.commandLine().getErr());
    TemplateEngine engine = new TemplateEngine(
        templates == null ? TemplateLocator.builtIn() : TemplateLocator.withOverrides(templates));
    TreeWriter.write(Reports.ofAllTargets(mapped, diagnostics.all(), engine), output);
    return 0;
  }
}
