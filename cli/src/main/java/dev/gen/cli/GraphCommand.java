package dev.gen.cli;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.graph.GraphFormat;
import dev.gen.graph.Graphs;
import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;
import dev.gen.render.TemplateLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
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
    description = "Draws the project: its services, the dependencies between them (a Juju relation; a Brooklyn"
        + " latch when they order start-up), their ports, storage and secrets.",
    footer = {"", "Examples:",
        "  gen graph fixtures/shop/compose.yaml -o shop.svg",
        "  gen graph fixtures/shop --format mermaid --stdout"})
final class GraphCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin WarningOptions warnings = new WarningOptions();

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "svg (laid out and drawn by gen), mermaid or dot (default: from the -o file's extension, else"
          + " svg).")
  GraphFormat format;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  /** Where the picture goes: a file, or standard output. */
  static final class Destination {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Option(names = "--stdout", description = "Print the picture instead of writing a file.")
    boolean stdout;
  }

  @Option(names = "--templates", paramLabel = "DIR",
      description = "A directory of templates that override the built-in ones (same relative paths).")
  Path templates;

  private final ProjectLoader loader;

  GraphCommand(ProjectLoader loader) {
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public Integer call() {
    GraphFormat chosen = format != null ? format
        : destination.file != null ? GraphFormat.ofFileName(destination.file.toString()).orElse(GraphFormat.SVG)
        : GraphFormat.SVG;
    Diagnostics diagnostics = new Diagnostics();
    Project project = loader.load(input, diagnostics);
    warnings.report(diagnostics, spec.commandLine().getErr());
    TemplateEngine engine = new TemplateEngine(
        templates == null ? TemplateLocator.builtIn() : TemplateLocator.withOverrides(templates));
    String text = Graphs.render(project, chosen, engine);
    if (destination.stdout) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      write(destination.file, text);
    }
    return 0;
  }

  /** Writes the file whole or not at all: into a temporary file beside it, then moved over it. */
  private static void write(Path file, String text) {
    Path target = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".gen-", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw GenException.usage("cannot write " + file + ": " + e.getMessage());
    }
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
}
