package dev.gen.cli;

import dev.gen.diag.GenException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong command line: one line saying what is wrong, a pointer to --help, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("gen: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return GenException.EXIT_USAGE;
  }
}
