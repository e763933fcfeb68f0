package dev.gen.cli;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.render.FileTree;
import dev.gen.write.OutputWriter;
import dev.gen.write.TreeDiff;
import dev.gen.write.WritePlan;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Puts a generated tree where the command line says, through {@link OutputWriter} (atomic, never outside the
 * directory or through a symbolic link, never over a file gen did not write unless forced), or checks or lists
 * what that would do, or prints one document of it; the same for a single file ({@code gen graph -o FILE}). Every
 * command that writes files goes through here.
 */
final class TreeOutput {

  /** The exit code of {@code --check} when the output is not up to date. */
  static final int EXIT_DIFFERENCES = 3;

  private static final List<WritePlan.Action> ORDER = List.of(WritePlan.Action.CREATE, WritePlan.Action.UPDATE,
      WritePlan.Action.DELETE, WritePlan.Action.CONFLICT, WritePlan.Action.UNCHANGED);

  private TreeOutput() {}

  /** One directory a command writes, with the tree it puts there. */
  record Destination(FileTree tree, Path directory, String shownAs) {

    /**
     * @param directory absolute
     * @param shownAs the directory as the user wrote it, for messages
     */
    Destination {
      directory = directory.toAbsolutePath().normalize();
    }
  }

  /**
   * @param directory absolute
   * @param shownAs the directory as the user wrote it, for messages
   */
  static int toDirectory(FileTree tree, Path directory, String shownAs, WriteOptions mode, WarningOptions warnings,
      PrintWriter out) {
    return toDirectories(List.of(new Destination(tree, directory, shownAs)), mode, warnings, out);
  }

  /**
   * Writes, checks or lists several directories at once (a command's output and its {@code --report DIR}), with the
   * same options. Every plan is made, and every conflict found, before anything is written, so a conflict in one
   * directory leaves the others untouched. With more than one directory, the paths {@code --check} and
   * {@code --dry-run} print start with the directory as the user wrote it.
   *
   * @return the exit code: 0, or 3 when {@code --check} found differences in any of them
   */
  static int toDirectories(List<Destination> destinations, WriteOptions mode, WarningOptions warnings,
      PrintWriter out) {
    warnings.failOnWarnings();
    checkApart(destinations);
    OutputWriter writer = new OutputWriter();
    List<WritePlan> plans = new ArrayList<>();
    for (Destination d : destinations) {
      plans.add(writer.plan(d.tree(), d.directory()));
    }
    boolean several = destinations.size() > 1;
    if (mode.check()) {
      int code = 0;
      for (int i = 0; i < destinations.size(); i++) {
        code = Math.max(code, check(plans.get(i), destinations.get(i).shownAs(), several, warnings, out));
      }
      return code;
    }
    if (mode.dryRun()) {
      for (int i = 0; i < destinations.size(); i++) {
        dryRun(plans.get(i), destinations.get(i).shownAs(), several, warnings, out);
      }
      return 0;
    }
    if (!mode.force()) {
      for (int i = 0; i < destinations.size(); i++) {
        writer.refuseConflicts(plans.get(i), destinations.get(i).directory());
      }
    }
    for (Destination d : destinations) {
      WritePlan plan = writer.write(d.tree(), d.directory(), mode.force());
      report(plan, d.shownAs(), warnings);
      warnings.status(d.shownAs() + ": " + counts(plan, true));
    }
    return 0;
  }

  /**
   * Prints one document on stdout when {@code file} is null, else {@link #toFile}s it (as the user named it,
   * resolved in the run's working directory).
   */
  static int toFileOrStdout(String text, Path file, RunContext context, WriteOptions mode, WarningOptions warnings,
      PrintWriter out) {
    if (file == null) {
      warnings.failOnWarnings();
      out.print(text);
      out.flush();
      return 0;
    }
    return toFile(text, context.resolve(file), file.toString(), mode, warnings, out);
  }

  /**
   * Writes, checks or lists one file ({@code gen graph -o FILE}) through {@link OutputWriter#writeFile}: atomic,
   * never through a symbolic link, never over a file gen did not write (or that was changed since) unless
   * {@code --force}.
   *
   * @param file absolute
   * @param shownAs the file as the user wrote it, for messages
   * @return the exit code: 0, or 3 when {@code --check} found that the file differs
   */
  static int toFile(String text, Path file, String shownAs, WriteOptions mode, WarningOptions warnings,
      PrintWriter out) {
    warnings.failOnWarnings();
    OutputWriter writer = new OutputWriter();
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    if (mode.check()) {
      return check(writer.planFile(content, file), shownAs, false, warnings, out);
    }
    if (mode.dryRun()) {
      dryRun(writer.planFile(content, file), shownAs, false, warnings, out);
      return 0;
    }
    WritePlan plan = writer.writeFile(content, file, mode.force());
    warnings.status(shownAs + ": " + counts(plan, true));
    return 0;
  }

  private static int check(WritePlan plan, String shownAs, boolean prefixed, WarningOptions warnings,
      PrintWriter out) {
    report(plan, shownAs, warnings);
    if (plan.isUpToDate()) {
      warnings.status(shownAs + " is up to date");
      return 0;
    }
    out.print(TreeDiff.of(prefixed ? under(shownAs, plan) : plan));
    out.flush();
    warnings.status(shownAs + " is not up to date: " + counts(plan, false));
    return EXIT_DIFFERENCES;
  }

  private static void dryRun(WritePlan plan, String shownAs, boolean prefixed, WarningOptions warnings,
      PrintWriter out) {
    report(plan, shownAs, warnings);
    for (WritePlan.Change c : (prefixed ? under(shownAs, plan) : plan).changes()) {
      out.print(line(c));
    }
    out.flush();
    warnings.status(shownAs + " (dry run, nothing written): " + counts(plan, false)
        + (plan.conflicts().isEmpty() ? "" : "; without --force the conflicts would stop the run"));
  }

  /** The plan with each path below the directory as the user wrote it, for listings of several directories. */
  private static WritePlan under(String shownAs, WritePlan plan) {
    String prefix = shownAs.endsWith("/") ? shownAs : shownAs + "/";
    return new WritePlan(plan.changes().stream()
        .map(c -> new WritePlan.Change(prefix + c.path(), c.action(), c.reason(), c.oldContent(), c.newContent(),
            c.executable()))
        .toList(), plan.warnings());
  }

  /**
   * Refuses directories that would write over each other: the same directory twice, or one inside the other where
   * the outer one puts its own files (or its records, {@code .gen/}).
   */
  private static void checkApart(List<Destination> destinations) {
    for (int i = 0; i < destinations.size(); i++) {
      for (int j = i + 1; j < destinations.size(); j++) {
        Destination a = destinations.get(i);
        Destination b = destinations.get(j);
        if (a.directory().equals(b.directory())) {
          throw GenException.usage(a.shownAs() + " and " + b.shownAs() + " are the same directory: each output needs"
              + " a directory of its own");
        }
        Destination outer = b.directory().startsWith(a.directory()) ? a
            : a.directory().startsWith(b.directory()) ? b : null;
        if (outer == null) {
          continue;
        }
        Destination inner = outer == a ? b : a;
        String rel = outer.directory().relativize(inner.directory()).toString().replace('\\', '/');
        boolean clash = rel.equals(".gen") || rel.startsWith(".gen/") || outer.tree().files().keySet().stream()
            .anyMatch(p -> p.equals(rel) || p.startsWith(rel + "/") || rel.startsWith(p + "/"));
        if (clash) {
          throw GenException.usage(inner.shownAs() + " is inside " + outer.shownAs() + ", where gen writes files of"
              + " its own: choose a directory apart from it");
        }
      }
    }
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
