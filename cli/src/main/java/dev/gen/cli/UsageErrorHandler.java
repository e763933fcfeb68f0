package dev.gen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong command line: one line saying what is wrong, suggestions for a typo, a pointer to --help, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    String message = ex.getMessage() == null ? "wrong command line" : ex.getMessage();
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length()); // picocli's own prefix on some messages
    }
    err.println("gen: error: " + TerminalText.message(message));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
