package dev.gen.cli;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a {@link GenException} into its messages on stderr and its exit code. Anything else is a bug in gen: it is
 * reported as one line that says so (with the exception's class and message), not as a stack trace, unless
 * {@code GEN_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  static final int EXIT_INTERNAL = 70;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (ex instanceof GenException ge) {
      for (Diagnostic d : ge.diagnostics()) {
        err.println("gen: " + d.format());
        if (!d.hint().isEmpty()) {
          err.println("  hint: " + d.hint());
        }
      }
      err.flush();
      return ge.exitCode();
    }
    if (System.getenv("GEN_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    err.println("gen: internal error (a bug in gen, please report it): " + ex);
    err.flush();
    return EXIT_INTERNAL;
  }
}
