package dev.gen.cli;

import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.bundle.BundleKeyMappings;
import dev.gen.target.bundle.BundleOptions;
import dev.gen.target.bundle.BundleTarget;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import java.util.List;
import java.util.Objects;
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
    versionProvider = VersionProvider.class,
    header = "Write the whole project as a Juju bundle, with its charms",
    description = {
      "Writes the whole project as one Juju model: DIR/bundle.yaml (an application per service, a relation per"
          + " dependency), the charms it deploys (DIR/charms/), DIR/deploy.sh (packs the charms, creates the"
          + " secrets, deploys) and DIR/README.md.%n",
      "--stdout prints bundle.yaml alone; it refers to the generated charms as ./charms/..., which only -o DIR"
          + " writes."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen bundle fixtures/shop/compose.yaml -o out/shop",
      "  gen bundle fixtures/wordpress/compose.yaml --use-charmhub --stdout",
      "  gen bundle fixtures/shop/compose.yaml -o out/shop --check    # in CI: exit 3 and a diff when stale"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
public final class BundleCommand implements Callable<Integer> {

  /** The bundle itself, what {@code --stdout} prints. */
  static final String DOCUMENT = "bundle.yaml";

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin DocumentOutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  @Mixin ReportOption report;

  @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "k8s",
      completionCandidates = CharmCommand.Flavours.class,
      description = "k8s (a Kubernetes model) or machine (default: ${DEFAULT-VALUE}).")
  String flavour;

  @Option(names = "--base", paramLabel = "BASE", defaultValue = CharmOptions.DEFAULT_BASE,
      completionCandidates = CharmCommand.Bases.class,
      description = "The base of the generated charms: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--use-charmhub",
      description = "Deploy well-known images (PostgreSQL, MySQL, Redis...) from their maintained Charmhub charms.")
  boolean useCharmhub;

  @Option(names = "--charm-ref", paramLabel = "file|dir", defaultValue = "file",
      description = "Reference each generated charm as the .charm file charmcraft pack writes (file, what Juju 4"
          + " needs) or as its folder (dir) (default: ${DEFAULT-VALUE}).")
  String charmRef;

  private final RunContext context;
  private final ProjectLoader loader;

  BundleCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    output.validate(spec);
    report.validate(spec, output.stdout());
    BundleOptions options = new BundleOptions(CharmFlavour.of(flavour), base, useCharmhub,
        BundleOptions.CharmRef.of(charmRef));
    TemplateEngine engine = templates.engine(context, warnings.diagnostics());
    BundleTarget target = new BundleTarget(engine);
    target.warmUpInBackground(options.flavour()); // templates and schema compile on another core while loading
    MappedProject mapped = loader.loadMapped(input, warnings.diagnostics());
    FileTree tree = target.generate(mapped.project(), options, warnings.diagnostics());
    List<TreeOutput.Destination> reportDir = report.destinations(mapped, warnings.diagnostics(),
        BundleKeyMappings.column(), "--flavour " + options.flavour().id(), engine, context);
    return output.emit(tree, DOCUMENT, reportDir, spec, context, warnings, spec.commandLine().getOut());
  }
}
