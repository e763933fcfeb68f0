package dev.gen.cli;

import dev.gen.diag.GenException;
import dev.gen.render.TemplateEngine;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code gen} command: it only dispatches to subcommands. */
@Command(
    name = "gen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns compose files and Dockerfiles into Juju charms, Juju bundles and Apache Brooklyn blueprints.",
    subcommands = {ConfigCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:input or validation error",
      "2:usage error (wrong command line)",
      "3:--check found differences"
    })
public final class GenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The configured command line: exception handlers that turn gen's errors into messages and exit codes. */
  public static CommandLine commandLine() {
    return commandLine(ProjectLoader.standard());
  }

  /** The command line with the given project loader for the subcommands that read a project. */
  public static CommandLine commandLine(ProjectLoader loader) {
    CommandLine cli = new CommandLine(new GenCommand());
    cli.addSubcommand("charm", new CharmCommand(loader));
    cli.addSubcommand("bundle", new BundleCommand(loader));
    cli.addSubcommand("blueprint", new BlueprintCommand(loader, TemplateEngine.builtIn()));
    cli.addSubcommand("model", new ModelCommand(loader));
    cli.addSubcommand("self-train", new SelfTrainCommand());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    return cli;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return GenException.EXIT_USAGE;
  }
}
