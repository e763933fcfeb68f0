package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.blueprint.BlueprintKeyMappings;
import dev.gen.target.blueprint.BlueprintOptions;
import dev.gen.target.blueprint.BlueprintStyle;
import dev.gen.target.blueprint.BlueprintTarget;
import dev.gen.target.blueprint.JavaEntities;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code gen blueprint}: an Apache Brooklyn application blueprint ({@code <project>.yaml}) and a catalog
 * ({@code catalog.bom}) with one branded item per service.
 */
@Command(
    name = "blueprint",
    mixinStandardHelpOptions = true,
    description = "Writes an Apache Brooklyn blueprint (<project>.yaml) and catalog (catalog.bom) for the services.")
public final class BlueprintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin WarningOptions warnings;

  @Mixin ReportOption report = new ReportOption();

  @Option(names = "--style", paramLabel = "STYLE", converter = StyleConverter.class,
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
      description = "Also write java/: a Maven project of Brooklyn Java entities, one per service (typed config"
          + " keys, an SSH driver that runs the container).")
  boolean javaEntities;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The directory to write the blueprint and the catalog into.")
  Path output;

  private final ProjectLoader loader;
  private final TemplateEngine engine;

  public BlueprintCommand(ProjectLoader loader, TemplateEngine engine) {
    this.loader = Objects.requireNonNull(loader);
    this.engine = Objects.requireNonNull(engine);
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    BlueprintOptions options = new BlueprintOptions(style, location, catalogVersion, secretSupplier);
    MappedProject mapped = loader.loadMapped(input, diagnostics);
    Project project = mapped.project();
    FileTree tree = new BlueprintTarget(engine).generate(project, options, diagnostics);
    if (javaEntities) {
      tree.addAll("java", new JavaEntities(engine).generate(project, options, new Diagnostics()));
    }
    PrintWriter err = spec.commandLine().getErr();
    warnings.report(diagnostics, err);
    write(tree);
    report.write(mapped, diagnostics, BlueprintKeyMappings.of(options.style()), "--style "
        + options.style().cliName(), engine);
    return 0;
  }

  /** Writes each file (the tree only holds safe relative paths), replacing what is there. */
  private void write(FileTree tree) {
    try {
      Files.createDirectories(output);
      for (FileTree.GeneratedFile f : tree.files().values()) {
        Path target = output.resolve(f.path());
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".gen-", ".tmp");
        Files.write(tmp, f.content());
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw GenException.at(dev.gen.diag.SourceLocation.of(output.toString()), "", "output.write-failed",
          "cannot write the blueprint: " + e.getMessage());
    }
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
}
