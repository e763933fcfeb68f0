package dev.gen.cli;

import dev.gen.graph.GraphFormat;
import dev.gen.graph.Graphs;
import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;
import java.util.Arrays;
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

/** {@code gen graph}: the project's topology as a picture (SVG, laid out by gen) or as Mermaid or DOT text. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Draw the project: services, dependencies, ports, storage and secrets",
    description = {
      "Draws the project: its services, the dependencies between them (a Juju relation; a Brooklyn latch when they"
          + " order start-up), their ports, storage and secrets; as an SVG picture laid out by gen, or as Mermaid"
          + " or DOT text.%n",
      "-o FILE writes one file (the format from its extension unless --format says: .svg, .mmd or .mermaid, .dot or"
          + " .gv), which gen replaces on the next run only while it is the one gen wrote (FILE's directory records"
          + " it in .gen/SINGLE-FILES); --stdout prints it instead."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen graph fixtures/shop/compose.yaml -o out/shop.svg",
      "  gen graph fixtures/shop --format mermaid --stdout",
      "  gen graph fixtures/shop/compose.yaml -o out/shop.svg --check    # in CI: exit 3 and a diff when stale"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class GraphCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin FileOutputOptions output;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = Formats.class,
      description = "svg (laid out and drawn by gen), mermaid or dot (default: from the -o file's extension, else"
          + " svg).")
  GraphFormat format;

  private final RunContext context;
  private final ProjectLoader loader;

  GraphCommand(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    output.validate(spec);
    GraphFormat chosen = format != null ? format
        : output.output() != null ? GraphFormat.ofFileName(output.output().toString()).orElse(GraphFormat.SVG)
        : GraphFormat.SVG;
    TemplateEngine engine = templates.engine(context, warnings.diagnostics());
    Project project = loader.load(input, warnings.diagnostics());
    String text = Graphs.render(project, chosen, engine);
    return output.emit(text, spec, context, warnings, spec.commandLine().getOut());
  }

  /** Reads svg, mermaid or dot, in any case. */
  static final class FormatConverter implements ITypeConverter<GraphFormat> {
    @Override
    public GraphFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "svg" -> GraphFormat.SVG;
        case "mermaid", "mmd" -> GraphFormat.MERMAID;
        case "dot", "graphviz" -> GraphFormat.DOT;
        default -> throw new TypeConversionException("expected svg, mermaid or dot, not '" + value + "'");
      };
    }
  }

  /** The values of {@code --format}, for completion. */
  static final class Formats extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(Arrays.stream(GraphFormat.values()).map(GraphFormat::id).toList());
    }
  }
}
