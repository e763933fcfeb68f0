package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateLocator;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen charm}: one charm source tree per service, in {@code DIR/<charm-name>/}. */
@Command(
    name = "charm",
    mixinStandardHelpOptions = true,
    description = "Writes a Juju charm for each service: a Kubernetes sidecar charm (default) or a machine charm.")
public final class CharmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin WarningOptions warnings = new WarningOptions();

  @Option(names = "--service", paramLabel = "NAME",
      description = "Write the charm of this service only; repeatable (default: every service).")
  List<String> services = new ArrayList<>();

  @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "k8s",
      description = "k8s (a sidecar charm on the ops framework) or machine (default: ${DEFAULT-VALUE}).")
  String flavour;

  @Option(names = "--base", paramLabel = "BASE", defaultValue = CharmOptions.DEFAULT_BASE,
      description = "The charm's base: ubuntu@22.04, ubuntu@24.04 or ubuntu@26.04 (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--use-charmhub",
      description = "Deploy well-known images (PostgreSQL, MySQL, RabbitMQ...) from their maintained Charmhub"
          + " charms: gen writes no charm for them, and the charms that depend on them relate to them.")
  boolean useCharmhub;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The directory to write the charms into (each one in its own folder).")
  Path output;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones (same relative paths).")
  Path templates;

  private final ProjectLoader loader;

  public CharmCommand() {
    this(ProjectLoader.unavailable());
  }

  public CharmCommand(ProjectLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    CharmOptions options = new CharmOptions(CharmFlavour.of(flavour), base, services, useCharmhub);
    Diagnostics diagnostics = new Diagnostics();
    TemplateEngine engine = new TemplateEngine(
        templates == null ? TemplateLocator.builtIn() : TemplateLocator.withOverrides(templates));
    CharmTarget target = new CharmTarget(engine);
    target.warmUpInBackground(options.flavour()); // templates and schema compile on another core while loading
    Project project = loader.load(input, diagnostics);
    FileTree tree = target.generate(project, options, diagnostics);
    warnings.report(diagnostics, spec.commandLine().getErr());
    TreeWriter.write(tree, output);
    return 0;
  }
}
