package dev.gen.cli;

import dev.gen.render.FileTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a command whose output has one main document writes: {@code -o DIR} (every file, with {@link WriteOptions}),
 * or {@code --stdout} (that document alone). Each command says in its help which document {@code --stdout} prints.
 */
public final class DocumentOutputOptions {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Mixin WriteOptions write;

  /** {@code -o DIR} or {@code --stdout}: exactly one. */
  static final class Destination {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
        description = "The directory to write into (created if needed).")
    Path output;

    @Option(names = "--stdout", required = true,
        description = "Print the main document on stdout instead of writing files (see the description).")
    boolean stdout;
  }

  public boolean stdout() {
    return destination != null && destination.stdout;
  }

  public Path output() {
    return destination == null ? null : destination.output;
  }

  public WriteOptions write() {
    return write;
  }

  /**
   * Writes the tree into the directory, or prints its main document, as the options say.
   *
   * @param document the path of the main document in the tree
   * @return the exit code: 0, or 3 when {@code --check} found differences
   */
  public int emit(FileTree tree, String document, CommandSpec command, RunContext context, WarningOptions warnings,
      PrintWriter out) {
    return emit(tree, document, List.of(), command, context, warnings, out);
  }

  /**
   * The same, with more directories written alongside with the same options (a {@code --report DIR}); they need
   * {@code -o DIR}, since {@code --stdout} writes no files.
   */
  int emit(FileTree tree, String document, List<TreeOutput.Destination> alongside, CommandSpec command,
      RunContext context, WarningOptions warnings, PrintWriter out) {
    validate(command);
    if (stdout()) {
      if (!alongside.isEmpty()) {
        throw new ParameterException(command.commandLine(), "--stdout writes no files: " + alongside.get(0).shownAs()
            + " needs -o DIR");
      }
      return TreeOutput.toStdout(tree, document, warnings, out);
    }
    List<TreeOutput.Destination> all = new ArrayList<>();
    all.add(new TreeOutput.Destination(tree, context.resolve(output()), output().toString()));
    all.addAll(alongside);
    return TreeOutput.toDirectories(all, write, warnings, out);
  }

  /** Fails early, before any work, on options that cannot go together. */
  public void validate(CommandSpec command) {
    if (stdout() && write.anyGiven()) {
      throw new ParameterException(command.commandLine(),
          "--stdout writes no files: --check, --dry-run and --force apply to -o DIR only");
    }
  }
}
