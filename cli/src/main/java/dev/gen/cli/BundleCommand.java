package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateLocator;
import dev.gen.target.bundle.BundleOptions;
import dev.gen.target.bundle.BundleTarget;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen bundle}: the whole project as one Juju model: {@code DIR/bundle.yaml} and its charms. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    description = "Writes a Juju bundle of the whole project (bundle.yaml), the charms it deploys (charms/), a"
        + " deploy script that creates the secrets, and a README.")
public final class BundleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin WarningOptions warnings = new WarningOptions();

  @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "k8s",
      description = "k8s (a Kubernetes model) or machine (default: ${DEFAULT-VALUE}).")
  String flavour;

  @Option(names = "--base", paramLabel = "BASE", defaultValue = CharmOptions.DEFAULT_BASE,
      description = "The base of the generated charms: ubuntu@22.04, ubuntu@24.04 or ubuntu@26.04"
          + " (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--use-charmhub",
      description = "Deploy well-known images (PostgreSQL, MySQL, Redis...) from their maintained Charmhub charms.")
  boolean useCharmhub;

  @Option(names = "--charm-ref", paramLabel = "file|dir", defaultValue = "file",
      description = "Reference each generated charm as the .charm file charmcraft pack writes (file, what Juju 4"
          + " needs) or as its folder (dir) (default: ${DEFAULT-VALUE}).")
  String charmRef;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The directory to write the bundle into.")
  Path output;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones (same relative paths).")
  Path templates;

  private final ProjectLoader loader;

  public BundleCommand() {
    this(ProjectLoader.unavailable());
  }

  public BundleCommand(ProjectLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    BundleOptions options = new BundleOptions(CharmFlavour.of(flavour), base, useCharmhub,
        BundleOptions.CharmRef.of(charmRef));
    Diagnostics diagnostics = new Diagnostics();
    TemplateEngine engine = new TemplateEngine(
        templates == null ? TemplateLocator.builtIn() : TemplateLocator.withOverrides(templates));
    BundleTarget target = new BundleTarget(engine);
    target.warmUpInBackground(options.flavour()); // templates and schema compile on another core while loading
    Project project = loader.load(input, diagnostics);
    FileTree tree = target.generate(project, options, diagnostics);
    warnings.report(diagnostics, spec.commandLine().getErr());
    TreeWriter.write(tree, output);
    return 0;
  }
}
