package dev.gen.cli;

import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.report.Reports;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gen report}: runs every target in memory and writes {@code report.md} and {@code report.html}: what became
 * of each key of the input in each target, or why not.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Write a conversion report: what each target makes of each key",
    description = {
      "Runs every target in memory with its default options (the charm in both flavours, the bundle, the blueprint"
          + " in both styles) and writes a conversion report into DIR: report.md and a self-contained report.html."
          + " It has each key of the input, with its file and line, what each target made of it or why not, every"
          + " warning, and the topology. Nothing else is written.%n",
      "The targets' warnings go into the report, not on stderr; the warnings of loading the input are printed as"
          + " for every command. charm, bundle and blueprint write the report of their own run with --report DIR."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen report fixtures/shop/compose.yaml -o out/report",
      "  gen report fixtures/dockerfiles -o out/report-dockerfiles --dry-run",
      "  gen charm fixtures/shop -o out/shop-charms --report out/shop-report    # the report of one run"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  private final RunContext context;
  private final ProjectLoader loader;

  ReportCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    TemplateEngine engine = templates.engine(context, warnings.diagnostics());
    MappedProject mapped = loader.loadMapped(input, warnings.diagnostics());
    FileTree tree = Reports.ofAllTargets(mapped, warnings.diagnostics().all(), engine);
    return output.emit(tree, context, warnings, spec.commandLine().getOut());
  }
}
