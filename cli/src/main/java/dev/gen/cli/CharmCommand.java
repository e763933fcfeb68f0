package dev.gen.cli;

import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmKeyMappings;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    versionProvider = VersionProvider.class,
    header = "Write a Juju charm for each service",
    description = {
      "Writes a Juju charm for each service: a Kubernetes sidecar charm (default) or a machine charm, each in"
          + " DIR/<charm-name>/ (web -> DIR/web-k8s/).%n",
      "The input is read as docker compose reads it: compose files, a directory, or Dockerfiles. Every compose key"
          + " a charm cannot express is a warning with its location."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen charm fixtures/webapp/compose.yaml -o out/charms",
      "  gen charm fixtures/shop --service api -o out/shop-charms --dry-run",
      "  gen charm fixtures/webapp/compose.yaml -o out/charms --check    # in CI: exit 3 and a diff when stale",
      "  gen charm -f fixtures/hints/compose.yaml -f fixtures/hints/compose.override.yaml -o out/hints",
      "  gen charm fixtures/shop --flavour machine -o out/shop-machine --report out/shop-machine-report"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
public final class CharmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  @Mixin ReportOption report;

  @Option(names = "--service", paramLabel = "NAME",
      description = "Write the charm of this service only; repeatable (default: every service).")
  List<String> services = new ArrayList<>();

  @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "k8s", completionCandidates = Flavours.class,
      description = "k8s (a sidecar charm on the ops framework) or machine (hooks that run the container on a"
          + " machine) (default: ${DEFAULT-VALUE}).")
  String flavour;

  @Option(names = "--base", paramLabel = "BASE", defaultValue = CharmOptions.DEFAULT_BASE,
      completionCandidates = Bases.class,
      description = "The charm's base: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--use-charmhub",
      description = "Deploy well-known images (PostgreSQL, MySQL, RabbitMQ...) from their maintained Charmhub"
          + " charms: gen writes no charm for them, and the charms that depend on them relate to them.")
  boolean useCharmhub;

  private final RunContext context;
  private final ProjectLoader loader;

  CharmCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    CharmOptions options = new CharmOptions(CharmFlavour.of(flavour), base, services, useCharmhub);
    TemplateEngine engine = templates.engine(context, warnings.diagnostics());
    CharmTarget target = new CharmTarget(engine);
    target.warmUpInBackground(options.flavour()); // templates and schema compile on another core while loading
    MappedProject mapped = loader.loadMapped(input, warnings.diagnostics());
    FileTree tree = target.generate(mapped.project(), options, warnings.diagnostics());
    List<TreeOutput.Destination> reportDir = report.destinations(mapped, warnings.diagnostics(),
        CharmKeyMappings.of(options.flavour()), "--flavour " + options.flavour().id(), engine, context);
    return output.emit(tree, reportDir, context, warnings, spec.commandLine().getOut());
  }

  /** The values of {@code --flavour}, for completion and help. */
  static final class Flavours extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Flavours() {
      super(Arrays.stream(CharmFlavour.values()).map(CharmFlavour::id).toList());
    }
  }

  /** The values of {@code --base}. */
  static final class Bases extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Bases() {
      super(CharmOptions.SUPPORTED_BASES);
    }
  }
}
