package dev.gen.cli;

import dev.gen.diag.SourceLocation;
import dev.gen.render.FileTree;
import dev.gen.write.OutputWriter;
import dev.gen.write.TreeDiff;
import dev.gen.write.WritePlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Puts a generated tree where the command line says, through {@link OutputWriter} (atomic, never outside the
 * directory or through a symbolic link, never over a file gen did not write unless forced), or checks or lists
 * what that would do, or prints one document of it. Every command that writes files goes through here.
 */
final class TreeOutput {

  /** The exit code of {@code --check} when the output is not up to date. */
  static final int EXIT_DIFFERENCES = 3;

  private static final List<WritePlan.Action> ORDER = List.of(WritePlan.Action.CREATE, WritePlan.Action.UPDATE,
      WritePlan.Action.DELETE, WritePlan.Action.CONFLICT, WritePlan.Action.UNCHANGED);

  private TreeOutput() {}

  /**
   * @param directory absolute
   * @param shownAs the directory as the user wrote it, for messages
   */
  static int toDirectory(FileTree tree, Path directory, String shownAs, WriteOptions mode, WarningOptions warnings,
      PrintWriter out) {
    warnings.failOnWarnings();
    OutputWriter writer = new OutputWriter();
    if (mode.check()) {
      WritePlan plan = writer.plan(tree, directory);
      report(plan, shownAs, warnings);
      if (plan.isUpToDate()) {
        warnings.status(shownAs + " is up to date");
        return 0;
      }
      out.print(TreeDiff.of(plan));
      out.flush();
      warnings.status(shownAs + " is not up to date: " + counts(plan, false));
      return EXIT_DIFFERENCES;
    }
    if (mode.dryRun()) {
      WritePlan plan = writer.plan(tree, directory);
      report(plan, shownAs, warnings);
      for (WritePlan.Change c : plan.changes()) {
        out.print(line(c));
      }
      out.flush();
      warnings.status(shownAs + " (dry run, nothing written): " + counts(plan, false)
          + (plan.conflicts().isEmpty() ? "" : "; without --force the conflicts would stop the run"));
      return 0;
    }
    WritePlan plan = writer.write(tree, directory, mode.force());
    report(plan, shownAs, warnings);
    warnings.status(shownAs + ": " + counts(plan, true));
    return 0;
  }

  /** Prints one file of the tree: the only document of an output, or its main one. */
  static int toStdout(FileTree tree, String document, WarningOptions warnings, PrintWriter out) {
    warnings.failOnWarnings();
    String text = tree.text(document);
    if (text == null) {
      throw new IllegalStateException("the generated tree has no " + document + ": " + tree.files().keySet());
    }
    out.print(text);
    out.flush();
    return 0;
  }

  private static void report(WritePlan plan, String shownAs, WarningOptions warnings) {
    for (String w : plan.warnings()) {
      warnings.diagnostics().warn("write.kept", w, SourceLocation.of(shownAs), "");
    }
  }

  /** One line of the dry-run listing: the action, padded, and the path (and why, for conflicts and deletions). */
  static String line(WritePlan.Change c) {
    String action = c.action().name().toLowerCase(Locale.ROOT);
    String reason = c.reason().isEmpty() ? "" : " (" + c.reason() + ")";
    return String.format(Locale.ROOT, "%-10s %s%s", action, TerminalText.clean(c.path()), reason) + "\n";
  }

  /**
   * "3 created, 1 updated, 20 unchanged" (or "3 to create..." for a plan not carried out), leaving out gen's own
   * manifest.
   */
  static String counts(WritePlan plan, boolean done) {
    Map<WritePlan.Action, Integer> n = new EnumMap<>(WritePlan.Action.class);
    for (WritePlan.Change c : plan.changes()) {
      if (!c.path().equals(OutputWriter.MANIFEST)) {
        n.merge(c.action(), 1, Integer::sum);
      }
    }
    StringJoiner sj = new StringJoiner(", ");
    for (WritePlan.Action a : ORDER) {
      if (n.containsKey(a)) {
        String word = switch (a) {
          case CREATE -> done ? "created" : "to create";
          case UPDATE -> done ? "updated" : "to update";
          case DELETE -> done ? "deleted" : "to delete";
          case CONFLICT -> n.get(a) == 1 ? "conflict" : "conflicts";
          case UNCHANGED -> "unchanged";
        };
        sj.add(n.get(a) + " " + word);
      }
    }
    String s = sj.toString();
    return s.isEmpty() ? "no files" : s;
  }
}
