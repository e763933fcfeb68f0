package dev.gen.cli;

import dev.gen.compose.ComposeLoader;
import dev.gen.compose.ComposeProject;
import dev.gen.compose.ComposeRequest;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import dev.gen.yaml.YamlWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gen config}: loads the compose project as Docker Compose v2 does and prints the normalized model, like
 * {@code docker compose config}. As there, every {@code $} of a value is printed as {@code $$}, so that the output
 * can be loaded again.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Print the normalized compose project (like docker compose config)",
    description = {
      "Prints the normalized compose project on stdout (or saves it with -o FILE), as docker compose config does:"
          + " files merged, variables interpolated, extends and include resolved, every value in its canonical form."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen config fixtures/shop/compose.yaml",
      "  gen config -f fixtures/hints/compose.yaml -f fixtures/hints/compose.override.yaml --format json",
      "  gen config fixtures/wordpress/compose.yaml --no-interpolate",
      "  gen config fixtures/shop/compose.yaml -o out/shop.yaml"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class ConfigCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    yaml,
    json
  }

  @Mixin InputOptions input;

  @Mixin SaveOptions save;

  @Mixin WarningOptions warnings;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: yaml).")
  Format format = Format.yaml;

  @Spec CommandSpec spec;

  private final RunContext context;

  ConfigCommand(RunContext context) {
    this.context = java.util.Objects.requireNonNull(context);
  }

  @Override
  public Integer call() {
    save.validate(spec);
    PrintWriter out = spec.commandLine().getOut();
    Path cwd = context.workingDirectory();
    List<Path> files = new ArrayList<>();
    Path projectDirectory = input.projectDirectory();
    for (Path p : input.inputs()) {
      if (Files.isDirectory(context.resolve(p)) && input.inputs().size() == 1 && projectDirectory == null) {
        projectDirectory = p; // a directory: its compose file is found as docker compose finds it
      } else {
        files.add(p);
      }
    }
    ComposeRequest request = new ComposeRequest(files, cwd, projectDirectory, input.projectName(),
        input.envFiles(), input.profiles(), context.environment(), input.interpolate(), true);
    ComposeProject project = ComposeLoader.load(request, warnings.diagnostics());
    YNode printed = escapeDollars(project.model());
    return save.emit(format == Format.json ? YJson.write(printed) : YamlWriter.write(printed), spec, context,
        warnings, out);
  }

  /** A copy with every {@code $} in keys and strings doubled, as docker compose prints its model. */
  static YNode escapeDollars(YNode node) {
    if (node instanceof YMap m) {
      YMap copy = new YMap(m.location());
      for (String k : m.keys()) {
        copy.put(k.replace("$", "$$"), m.keyLocation(k), escapeDollars(m.get(k)));
      }
      return copy;
    }
    if (node instanceof YSeq s) {
      YSeq copy = new YSeq(s.location());
      for (YNode item : s.items()) {
        copy.add(escapeDollars(item));
      }
      return copy;
    }
    YScalar s = (YScalar) node;
    return s.value() instanceof String str && str.indexOf('$') >= 0
        ? YScalar.ofString(str.replace("$", "$$"), s.location()) : s;
  }
}
