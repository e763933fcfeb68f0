package dev.gen.cli;

import dev.gen.render.TemplateLocator;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen templates list [TARGET]}: the built-in templates, and which ones a template directory overrides. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "List the built-in templates",
    description = {
      "Prints the relative path of each built-in template of the target (all of them without one), one a line."
          + " With --templates DIR, the ones DIR overrides are marked, and files in DIR that override nothing (a"
          + " typo in a name) are warnings."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen templates list",
      "  gen templates list charm/k8s",
      "  gen templates list bundle --templates my-templates"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class TemplatesListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", arity = "0..1",
      description = "blueprint, bundle, charm, graph, init or report, or a folder below one such as charm/k8s"
          + " (default: all).")
  String target;

  @Mixin TemplateOptions templates;

  @Mixin WarningOptions warnings;

  private final RunContext context;

  TemplatesListCommand(RunContext context) {
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public Integer call() {
    TemplateLocator locator = templates.engine(context, warnings.diagnostics()).locator();
    PrintWriter out = spec.commandLine().getOut();
    for (String name : BuiltInTemplates.of(target)) {
      out.print(name);
      if (locator.isOverridden(name)) {
        out.print("  (overridden by " + TerminalText.clean(locator.describe(name)) + ")");
      }
      out.print('\n');
    }
    out.flush();
    return 0;
  }
}
