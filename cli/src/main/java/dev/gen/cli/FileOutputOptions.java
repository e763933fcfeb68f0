package dev.gen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command whose output is one file writes it: {@code -o FILE} (with {@link WriteOptions}: gen replaces the
 * file only while it is the one gen wrote, unless {@code --force}), or {@code --stdout}.
 */
public final class FileOutputOptions {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Mixin WriteOptions write;

  /** {@code -o FILE} or {@code --stdout}: exactly one. */
  static final class Destination {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
        description = "The file to write (its directory is created if needed).")
    Path output;

    @Option(names = "--stdout", required = true, description = "Print it on stdout instead of writing a file.")
    boolean stdout;
  }

  public boolean stdout() {
    return destination != null && destination.stdout;
  }

  /** The file as the user named it, or null with {@code --stdout}. */
  public Path output() {
    return destination == null ? null : destination.output;
  }

  public WriteOptions write() {
    return write;
  }

  /**
   * Writes the text into the file, or prints it, as the options say.
   *
   * @return the exit code: 0, or 3 when {@code --check} found that the file differs
   */
  public int emit(String text, CommandSpec command, RunContext context, WarningOptions warnings, PrintWriter out) {
    validate(command);
    return TreeOutput.toFileOrStdout(text, output(), context, write, warnings, out);
  }

  /** Fails early, before any work, on options that cannot go together. */
  public void validate(CommandSpec command) {
    if (stdout() && write.anyGiven()) {
      throw new ParameterException(command.commandLine(),
          "--stdout writes no file: --check, --dry-run and --force apply to -o FILE only");
    }
  }
}
