package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.ModelJson;
import dev.gen.model.ModelYaml;
import dev.gen.model.Project;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gen model}: prints the service model gen builds from the input, the form every target starts from
 * ({@code schemas/service-model.schema.json} describes it).
 */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = "Prints the service model of the input: what gen knows about each service and where it came from.")
final class ModelCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    yaml
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin WarningOptions warnings = new WarningOptions();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: json).")
  Format format = Format.json;

  private final ProjectLoader loader;

  ModelCommand(ProjectLoader loader) {
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    input.validate = true; // the JSON is made anyway, so checking it against the schema costs little
    Diagnostics diagnostics = new Diagnostics();
    Project project;
    try {
      project = loader.load(input, diagnostics);
    } catch (GenException e) {
      warnings.report(diagnostics, err); // what was found before the error helps to understand it
      throw e;
    }
    warnings.report(diagnostics, err);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? ModelJson.write(project) : ModelYaml.write(project));
    out.flush();
    return 0;
  }
}
