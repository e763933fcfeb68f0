package dev.gen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gen templates}: the built-in templates, to list or to write out and edit. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "List the built-in templates, or write them out to edit",
    description = {
      "gen renders every file it writes from a Mustache template. 'gen templates dump TARGET DIR' writes the"
          + " built-in templates of a target into DIR; edit the ones you want to change, delete the others, and"
          + " pass --templates DIR to the generating commands: a template in DIR replaces the built-in one with the"
          + " same relative path.%n",
      "In a template, {{name}} writes a value in the language of the file it makes (a YAML scalar, a shell word, a"
          + " Python literal...); a name the view lacks is an error. The bundle target renders the charm templates"
          + " too."
    },
    subcommands = {TemplatesListCommand.class, TemplatesDumpCommand.class},
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen templates list charm",
      "  gen templates dump charm my-templates",
      "  gen charm fixtures/webapp/compose.yaml --templates my-templates -o out/custom-charms"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class TemplatesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
