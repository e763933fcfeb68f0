package dev.gen.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top-level {@code gen} command: it only dispatches to subcommands. */
@Command(
    name = "gen",
    mixinStandardHelpOptions = true,
    header = "Compose files and Dockerfiles to Juju charms, Juju bundles and Apache Brooklyn blueprints",
    versionProvider = VersionProvider.class,
    description = {
      "Turns compose files and Dockerfiles into Juju charms, Juju bundles and Apache Brooklyn blueprints; draws the"
          + " project (gen graph) and reports what each target makes of each key (gen report).%n",
      "With no input, gen reads the compose files docker compose would read in the current directory"
          + " (COMPOSE_FILE, else compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml, here or above,"
          + " with their override file). Output directories record what gen wrote (DIR/.gen/FILES): gen never"
          + " overwrites other files without --force, and --check compares instead of writing."
    },
    subcommands = {
      CharmCommand.class,
      BundleCommand.class,
      BlueprintCommand.class,
      ConfigCommand.class,
      ModelCommand.class,
      GraphCommand.class,
      ReportCommand.class,
      InitCommand.class,
      TemplatesCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class,
      SelfTrainCommand.class
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  gen charm fixtures/webapp/compose.yaml -o out/charms",
      "  gen bundle fixtures/shop/compose.yaml -o out/shop",
      "  gen model fixtures/dockerfiles --format yaml",
      "  gen report fixtures/shop/compose.yaml -o out/shop-report",
      "  gen help charm",
      "",
      "Environment: COMPOSE_FILE, COMPOSE_PROFILES, COMPOSE_PROJECT_NAME and the variables compose files use;"
          + " NO_COLOR (no colour); GEN_DEBUG=1 (stack traces of internal errors)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.DIFFERENCES_LINE,
        ExitCodes.INTERNAL_LINE})
public final class GenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The command line of a run in this context, with gen's loaders. */
  public static CommandLine commandLine(RunContext context) {
    return commandLine(context, ProjectLoader.standard(context));
  }

  /**
   * The command line of a run in this context, with the given project loader for the commands that read a project:
   * error handlers that turn gen's errors into messages and exit codes, and diagnostics printed when a command ends.
   */
  public static CommandLine commandLine(RunContext context, ProjectLoader loader) {
    return configure(new CommandLine(GenCommand.class, new GenFactory(context, loader)), context);
  }

  /**
   * The command line for these arguments: when they start with a command's name, only that command is built.
   * picocli builds the model of every command it is given by reflection, a good part of a short run's start-up;
   * help, completion and anything else (a typo that wants suggestions) get every command.
   */
  public static CommandLine commandLine(RunContext context, ProjectLoader loader, String[] args) {
    Class<?> only = args.length == 0 ? null : SingleCommand.named(args[0]);
    if (only == null) {
      return commandLine(context, loader);
    }
    GenFactory factory = new GenFactory(context, loader);
    CommandLine root = new CommandLine(new SingleCommand(), factory);
    root.addSubcommand(new CommandLine(only, factory));
    return configure(root, context);
  }

  private static CommandLine configure(CommandLine cli, RunContext context) {
    cli.setExecutionExceptionHandler(new ErrorHandler(context));
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionStrategy(parseResult -> {
      CommandSpec ran = leaf(parseResult).commandSpec();
      int code;
      try {
        code = new CommandLine.RunLast().execute(parseResult);
      } catch (StackOverflowError | OutOfMemoryError e) {
        // picocli hands the commands' exceptions to ErrorHandler, but lets errors through
        ErrorHandler.internal(e, context, ran.commandLine().getErr());
        return ExitCodes.INTERNAL;
      }
      new Reporter(context).print(ran, List.of(), ran.commandLine().getErr());
      return code;
    });
    boolean colour = context.stdoutIsTerminal() && !context.isSet("NO_COLOR") && !"dumb".equals(context.env("TERM"));
    cli.setColorScheme(Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
    cli.setUsageHelpWidth(100);
    HelpLayout.install(cli);
    return cli;
  }

  static ParseResult leaf(ParseResult parseResult) {
    ParseResult p = parseResult;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The root of a command line built for one command (see {@link #commandLine(RunContext, ProjectLoader, String[])}). */
  @Command(name = "gen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
  static final class SingleCommand implements Callable<Integer> {

    /** The commands that can stand alone: every listed one but help, completion and self-train. */
    private static final Map<String, Class<?>> BY_NAME = byName();

    static Class<?> named(String name) {
      return BY_NAME.get(name);
    }

    private static Map<String, Class<?>> byName() {
      Map<String, Class<?>> out = new HashMap<>();
      for (Class<?> c : GenCommand.class.getAnnotation(Command.class).subcommands()) {
        if (c == CommandLine.HelpCommand.class || c == CompletionCommand.class || c == SelfTrainCommand.class) {
          continue; // they read the whole command tree
        }
        out.put(c.getAnnotation(Command.class).name(), c);
      }
      return Map.copyOf(out);
    }

    @Override
    public Integer call() {
      return ExitCodes.USAGE; // never run: the arguments name a command
    }
  }
}
