package dev.gen.cli;

import dev.gen.render.FileTree;
import dev.gen.render.TemplateLocator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen templates dump TARGET DIR}: the built-in templates of a target, written out to be edited. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Write the built-in templates of a target into a directory",
    description = {
      "Writes the built-in templates of the target into DIR, at the relative paths --templates DIR expects"
          + " (DIR/charm/k8s/README.md.mustache...). Like every output, DIR records what gen wrote: dumping again"
          + " after an upgrade of gen updates the templates you did not edit and stops at those you did (a conflict)"
          + " unless --force; --check shows how yours differ from the built-ins."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen templates dump charm my-templates",
      "  gen templates dump charm/k8s my-templates --dry-run",
      "  gen templates dump charm my-templates --check    # how my templates differ from the built-in ones"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
final class TemplatesDumpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "blueprint, bundle, charm, graph, init, report or all, or a folder below a target such as"
          + " charm/k8s.")
  String target;

  @Parameters(index = "1", paramLabel = "DIR", description = "The directory to write the templates into.")
  Path directory;

  @Mixin WriteOptions write;

  @Mixin WarningOptions warnings;

  private final RunContext context;

  TemplatesDumpCommand(RunContext context) {
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public Integer call() {
    TemplateLocator builtIn = TemplateLocator.builtIn();
    FileTree tree = new FileTree();
    for (String name : BuiltInTemplates.of(target)) {
      tree.add(name, read(builtIn, name));
    }
    return TreeOutput.toDirectory(tree, context.resolve(directory), directory.toString(), write, warnings,
        spec.commandLine().getOut());
  }

  private static String read(TemplateLocator locator, String name) {
    try (Reader r = locator.openBuiltIn(name)) {
      if (r == null) {
        throw new IllegalStateException("the built-in template " + name + " is indexed but not packaged");
      }
      StringWriter w = new StringWriter();
      r.transferTo(w);
      return w.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
