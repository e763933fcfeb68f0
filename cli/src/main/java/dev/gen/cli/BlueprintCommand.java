package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.blueprint.BlueprintKeyMappings;
import dev.gen.target.blueprint.BlueprintOptions;
import dev.gen.target.blueprint.BlueprintStyle;
import dev.gen.target.blueprint.BlueprintTarget;
import dev.gen.target.blueprint.JavaEntities;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code gen blueprint}: an Apache Brooklyn application blueprint ({@code <project>.yaml}) and a catalog
 * ({@code catalog.bom}) with one branded item per service.
 */
@Command(
    name = "blueprint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Write an Apache Brooklyn blueprint and catalog",
    description = {
      "Writes an Apache Brooklyn application blueprint (DIR/<project>.yaml, deployable as it is) and a catalog"
          + " (DIR/catalog.bom) with one branded item per service.%n",
      "--stdout prints the application blueprint alone."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen blueprint fixtures/webapp/compose.yaml -o out/blueprint",
      "  gen blueprint fixtures/shop/compose.yaml --style container --location docker --stdout",
      "  gen blueprint fixtures/webapp/compose.yaml --java -o out/blueprint-java",
      "  gen blueprint fixtures/shop/compose.yaml -o out/shop-blueprint --report out/shop-blueprint-report"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
public final class BlueprintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin DocumentOutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  @Mixin ReportOption report;

  @Option(names = "--style", paramLabel = "STYLE", converter = StyleConverter.class,
      completionCandidates = Styles.class,
      description = "vm (default): each service runs with docker or podman on a machine Brooklyn reaches over SSH;"
          + " container: each service is a DockerContainer on a docker location.")
  BlueprintStyle style = BlueprintStyle.VM;

  @Option(names = "--location", paramLabel = "SPEC",
      description = "The location to deploy to: a spec such as localhost, named:my-cloud or docker, or a YAML map"
          + " such as '{localhost: {address: 127.0.0.1}}'. Default: none (chosen at deploy time).")
  String location;

  @Option(names = "--catalog-version", paramLabel = "VERSION",
      description = "The version of the catalog items (default: " + BlueprintOptions.DEFAULT_CATALOG_VERSION + ").")
  String catalogVersion;

  @Option(names = "--secret-supplier", paramLabel = "NAME",
      description = "The Brooklyn external config supplier that holds the secrets (default: "
          + BlueprintOptions.DEFAULT_SECRET_SUPPLIER + ").")
  String secretSupplier;

  @Option(names = "--java",
      description = "Also write DIR/java/: a Maven project of Brooklyn Java entities, one per service (typed config"
          + " keys, an SSH driver that runs the container). Not with --stdout.")
  boolean javaEntities;

  private final RunContext context;
  private final ProjectLoader loader;

  BlueprintCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    output.validate(spec);
    report.validate(spec, output.stdout());
    if (javaEntities && output.stdout()) {
      throw new ParameterException(spec.commandLine(), "--java writes a Maven project: it needs -o DIR, not --stdout");
    }
    BlueprintOptions options = new BlueprintOptions(style, location, catalogVersion, secretSupplier);
    TemplateEngine engine = templates.engine(context, warnings.diagnostics());
    MappedProject mapped = loader.loadMapped(input, warnings.diagnostics());
    Project project = mapped.project();
    FileTree tree = new BlueprintTarget(engine).generate(project, options, warnings.diagnostics());
    if (javaEntities) {
      // the Java entities repeat what the blueprint says: their warnings would be the blueprint's again
      tree.addAll("java", new JavaEntities(engine).generate(project, options, new Diagnostics()));
    }
    List<TreeOutput.Destination> reportDir = report.destinations(mapped, warnings.diagnostics(),
        BlueprintKeyMappings.of(style), "--style " + style.cliName(), engine, context);
    return output.emit(tree, project.name() + ".yaml", reportDir, spec, context, warnings,
        spec.commandLine().getOut());
  }

  /** Reads {@code vm} or {@code container}, case-insensitively. */
  static final class StyleConverter implements ITypeConverter<BlueprintStyle> {
    @Override
    public BlueprintStyle convert(String value) {
      BlueprintStyle s = BlueprintStyle.fromName(value.toLowerCase(Locale.ROOT));
      if (s == null) {
        throw new TypeConversionException("expected vm or container, not '" + value + "'");
      }
      return s;
    }
  }

  /** The values of {@code --style}, for completion. */
  static final class Styles extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Styles() {
      super(java.util.List.of("vm", "container"));
    }
  }
}
