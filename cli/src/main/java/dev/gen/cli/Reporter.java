package dev.gen.cli;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.yaml.YJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints, when a command ends, what it has to say on stderr: its warnings (and notices with {@code -v}), the errors
 * that stopped it, and on success its status lines; as text for people ({@link DiagnosticPrinter}) or as one JSON
 * array. The command's options say how ({@link WarningOptions}), and its options and itself where the files of the
 * source lines are ({@link SourceRoots}).
 */
final class Reporter {

  private final RunContext context;

  Reporter(RunContext context) {
    this.context = context;
  }

  /**
   * @param command the command that ran (its {@link WarningOptions}, if it has them, hold what it reported)
   * @param errors what stopped it, or empty when it succeeded
   */
  void print(CommandSpec command, List<Diagnostic> errors, PrintWriter err) {
    WarningOptions options = find(command, WarningOptions.class).stream().findFirst().orElseGet(WarningOptions::new);
    List<Diagnostic> shown = new ArrayList<>();
    if (!options.quiet()) {
      options.diagnostics().all().stream()
          .filter(d -> options.verbose() || d.severity() != Severity.NOTICE)
          .forEach(shown::add);
    }
    shown.addAll(errors);
    if (options.format() == WarningOptions.Format.json) {
      if (!shown.isEmpty()) {
        err.print(toJson(shown));
      }
    } else {
      DiagnosticPrinter printer = new DiagnosticPrinter(new SourceLines(roots(command)), colour(options),
          context.workingDirectory());
      for (Diagnostic d : shown) {
        err.print(printer.format(d));
      }
      if (errors.isEmpty() && !options.quiet()) {
        for (String line : options.statusLines()) {
          err.println(TerminalText.oneLine(line));
        }
      }
    }
    err.flush();
  }

  /** Colour when asked, or by default when stderr is a terminal, {@code NO_COLOR} is unset and TERM is not dumb. */
  boolean colour(WarningOptions options) {
    return switch (options.color()) {
      case always -> true;
      case never -> false;
      case auto -> context.stderrIsTerminal() && !context.isSet("NO_COLOR") && !"dumb".equals(context.env("TERM"));
    };
  }

  private List<Path> roots(CommandSpec command) {
    Set<Path> roots = new LinkedHashSet<>();
    for (SourceRoots s : find(command, SourceRoots.class)) {
      roots.addAll(s.sourceRoots(context));
    }
    roots.add(context.workingDirectory());
    return new ArrayList<>(roots);
  }

  /** The command itself and its mixins (and theirs) that are of a type. */
  static <T> List<T> find(CommandSpec command, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (command == null) {
      return found;
    }
    collect(command, type, found);
    return found;
  }

  private static <T> void collect(CommandSpec spec, Class<T> type, List<T> found) {
    Object user = spec.userObject();
    if (type.isInstance(user) && !found.contains(user)) {
      found.add(type.cast(user));
    }
    for (CommandSpec mixin : spec.mixins().values()) {
      collect(mixin, type, found);
    }
  }

  static String toJson(List<Diagnostic> diagnostics) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ArrayNode arr = f.arrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode o = arr.addObject();
      o.put("severity", d.severity().label());
      o.put("code", d.code());
      o.put("message", d.message());
      o.put("file", d.location().file());
      o.put("line", d.location().line());
      o.put("column", d.location().column());
      o.put("keyPath", d.keyPath());
      if (!d.hint().isEmpty()) {
        o.put("hint", d.hint());
      }
    }
    return YJson.write(arr);
  }
}
