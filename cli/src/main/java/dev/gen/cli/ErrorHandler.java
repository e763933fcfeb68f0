package dev.gen.cli;

import dev.gen.diag.GenException;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what stopped a command into messages on stderr and an exit code: a {@link GenException} into its located
 * diagnostics (with the warnings found before it, {@link Reporter}); a wrong combination of options found by the
 * command into a usage error; anything else, which is a bug in gen, into one line that says so, with the stack
 * trace only when {@code GEN_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private final RunContext context;

  ErrorHandler(RunContext context) {
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (ex instanceof ParameterException pe) {
      return new UsageErrorHandler().handleParseException(pe, parseResult.originalArgs().toArray(new String[0]));
    }
    if (ex instanceof GenException ge) {
      new Reporter(context).print(cli.getCommandSpec(), ge.diagnostics(), err);
      if (ge.exitCode() == ExitCodes.USAGE) {
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
      }
      return ge.exitCode();
    }
    internal(ex, context, err);
    return ExitCodes.INTERNAL;
  }

  /** One line for a bug in gen; the stack trace too with {@code GEN_DEBUG} set. */
  static void internal(Throwable ex, RunContext context, PrintWriter err) {
    if (context.isSet("GEN_DEBUG")) {
      ex.printStackTrace(err);
    }
    err.println("gen: internal error (a bug in gen, please report it): " + TerminalText.clean(String.valueOf(ex)));
    if (!context.isSet("GEN_DEBUG")) {
      err.println("Run again with GEN_DEBUG=1 in the environment to see where it happened.");
    }
    err.flush();
  }
}
