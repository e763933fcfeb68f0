package dev.gen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command that prints one document puts it: stdout, or {@code -o FILE} as {@code docker compose config -o}
 * does (with {@link WriteOptions}: gen replaces the file only while it is the one gen wrote, unless {@code --force};
 * {@code --check} and {@code --dry-run} as for every output).
 */
public final class SaveOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Save to FILE instead of printing on stdout (its directory is created if needed).")
  Path output;

  @Mixin WriteOptions write;

  /**
   * Prints the text, or writes it into the file, as the options say.
   *
   * @return the exit code: 0, or 3 when {@code --check} found that the file differs
   */
  public int emit(String text, CommandSpec command, RunContext context, WarningOptions warnings, PrintWriter out) {
    validate(command);
    return TreeOutput.toFileOrStdout(text, output, context, write, warnings, out);
  }

  /** Fails early, before any work, on options that cannot go together. */
  public void validate(CommandSpec command) {
    if (output == null && write.anyGiven()) {
      throw new ParameterException(command.commandLine(),
          "--check, --dry-run and --force apply to -o FILE only; without it the output goes to stdout");
    }
  }
}
