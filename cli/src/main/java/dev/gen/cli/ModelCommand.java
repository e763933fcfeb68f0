package dev.gen.cli;

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
    versionProvider = VersionProvider.class,
    header = "Print the service model of the input",
    description = {
      "Prints the service model of the input on stdout (or saves it with -o FILE): what gen knows about each service and where it came from,"
          + " the form every target starts from (schemas/service-model.schema.json describes it)."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen model fixtures/webapp/compose.yaml",
      "  gen model fixtures/dockerfiles --format yaml",
      "  gen model fixtures/shop -v --warnings json",
      "  gen model fixtures/shop -o out/shop-model.json"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class ModelCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    yaml
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin SaveOptions save;

  @Mixin WarningOptions warnings;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: json).")
  Format format = Format.json;

  private final RunContext context;

  private final ProjectLoader loader;

  ModelCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    save.validate(spec);
    input.alwaysValidate(); // the JSON is made anyway, so checking it against the schema costs little
    Project project = loader.load(input, warnings.diagnostics());
    PrintWriter out = spec.commandLine().getOut();
    return save.emit(format == Format.json ? ModelJson.write(project) : ModelYaml.write(project), spec, context,
        warnings, out);
  }
}
