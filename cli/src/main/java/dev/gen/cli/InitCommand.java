package dev.gen.cli;

import dev.gen.input.SingleService;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.init.InitOptions;
import dev.gen.target.init.InitTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen init}: a charm project for one image or Dockerfile, for a charm author without a compose file. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Start a charm project for one image or Dockerfile",
    description = {
      "Writes one charm project into DIR for a charm author without a compose file: the charm 'gen charm' would"
          + " write for a service that runs IMAGE, or that is built from the Dockerfile (its facts: ports,"
          + " environment, volumes, command, health check, labels), with its tests, its lint configuration (the"
          + " settings of ruff and pytest in pyproject.toml, or .shellcheckrc for a machine charm) and a"
          + " CONTRIBUTING.md that says how to test, pack, deploy and regenerate it.%n",
      "The service, and so the charm, is named after the image's repository or the Dockerfile's folder unless"
          + " --name says otherwise."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen init --image nginx:1.27 -o out/nginx-operator",
      "  gen init --dockerfile fixtures/dockerfiles/api/Dockerfile --name api -o out/api-operator",
      "  gen init --image redis:7 --flavour machine -o out/redis-machine"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class InitCommand implements Callable<Integer>, SourceRoots {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** What the charm runs: an image, or the image a Dockerfile builds. */
  static final class Source {
    @Option(names = "--image", paramLabel = "IMAGE", required = true,
        description = "The image the charm runs, such as nginx:1.27 or ghcr.io/acme/web:2.1.")
    String image;

    @Option(names = "--dockerfile", paramLabel = "PATH", required = true,
        description = "A Dockerfile: the charm runs the image it builds, with what the Dockerfile says of it.")
    Path dockerfile;
  }

  @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "k8s",
      completionCandidates = CharmCommand.Flavours.class,
      description = "k8s (a sidecar charm on the ops framework) or machine (hooks that run the container on a"
          + " machine) (default: ${DEFAULT-VALUE}).")
  String flavour;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The service's name, from which the charm's comes (web -> web-k8s). Default: the image's"
          + " repository name, or the Dockerfile's folder.")
  String name;

  @Option(names = "--base", paramLabel = "BASE", defaultValue = CharmOptions.DEFAULT_BASE,
      completionCandidates = CharmCommand.Bases.class,
      description = "The charm's base: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String base;

  @Mixin OutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  private final RunContext context;

  InitCommand(RunContext context) {
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public Integer call() {
    CharmOptions charm = new CharmOptions(CharmFlavour.of(flavour), base, List.of());
    InitTarget target = new InitTarget(templates.engine(context, warnings.diagnostics()));
    Project project;
    String described;
    if (source.image != null) {
      project = SingleService.ofImage(source.image, name, context.workingDirectory(), warnings.diagnostics());
      described = "the image " + source.image;
    } else {
      project = SingleService.ofDockerfile(context.resolve(source.dockerfile), source.dockerfile.toString(), name,
          warnings.diagnostics());
      // as the regenerate command names it, so that regenerating from the project writes the same text
      described = "the Dockerfile " + relative(context.resolve(output.output()), context.resolve(source.dockerfile));
    }
    FileTree tree = target.generate(project, new InitOptions(charm, described, regenerate(charm)),
        warnings.diagnostics());
    return output.emit(tree, context, warnings, spec.commandLine().getOut());
  }

  /** The command that writes the project again, run from its directory: paths relative to it. */
  private List<String> regenerate(CharmOptions charm) {
    Path out = context.resolve(output.output());
    List<String> words = new ArrayList<>(List.of("gen", "init"));
    if (source.image != null) {
      words.addAll(List.of("--image", source.image));
    } else {
      words.addAll(List.of("--dockerfile", relative(out, context.resolve(source.dockerfile))));
    }
    if (charm.flavour() != CharmFlavour.K8S) {
      words.addAll(List.of("--flavour", charm.flavour().id()));
    }
    if (name != null) {
      words.addAll(List.of("--name", name));
    }
    if (!charm.base().equals(CharmOptions.DEFAULT_BASE)) {
      words.addAll(List.of("--base", charm.base()));
    }
    if (templates.templates() != null) {
      words.addAll(List.of("--templates", relative(out, context.resolve(templates.templates()))));
    }
    words.addAll(List.of("-o", "."));
    return words;
  }

  /** {@code to} relative to {@code from}, unless they have nothing but the root in common. */
  private static String relative(Path from, Path to) {
    Path common = from;
    while (common != null && !to.startsWith(common)) {
      common = common.getParent();
    }
    if (common == null || common.getParent() == null) {
      return to.toString();
    }
    String r = from.relativize(to).toString().replace('\\', '/');
    return r.isEmpty() ? "." : r;
  }

  @Override
  public List<Path> sourceRoots(RunContext ctx) {
    if (source != null && source.dockerfile != null) {
      Path parent = ctx.resolve(source.dockerfile).getParent();
      return parent == null ? List.of() : List.of(parent);
    }
    return List.of();
  }
}
