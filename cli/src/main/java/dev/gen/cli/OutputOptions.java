package dev.gen.cli;

import dev.gen.render.FileTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a command that writes a tree of files writes it: {@code -o DIR}, with {@link WriteOptions}. */
public final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The directory to write into (created if needed).")
  Path output;

  @Mixin WriteOptions write;

  public Path output() {
    return output;
  }

  public WriteOptions write() {
    return write;
  }

  /**
   * Writes, checks or lists the tree as the options say, after failing the run if {@code --error-on-warning} applies.
   *
   * @return the exit code: 0, or 3 when {@code --check} found differences
   */
  public int emit(FileTree tree, RunContext context, WarningOptions warnings, PrintWriter out) {
    return emit(tree, List.of(), context, warnings, out);
  }

  /**
   * The same, with more directories written alongside with the same options (a {@code --report DIR}): every plan is
   * checked before anything is written.
   */
  int emit(FileTree tree, List<TreeOutput.Destination> alongside, RunContext context, WarningOptions warnings,
      PrintWriter out) {
    List<TreeOutput.Destination> all = new ArrayList<>();
    all.add(new TreeOutput.Destination(tree, context.resolve(output), output.toString()));
    all.addAll(alongside);
    return TreeOutput.toDirectories(all, write, warnings, out);
  }
}
