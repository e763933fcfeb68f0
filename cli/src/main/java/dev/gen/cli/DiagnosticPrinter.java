package dev.gen.cli;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.diag.SourceLocation;
import java.util.Optional;

/**
 * Writes a diagnostic for a person, as compilers do:
 *
 * <pre>
 * compose.yaml:4:5: error: services.web additional property imagee is not allowed
 *     4 |     imagee: typo
 *       |     ^
 *   key: services.web.imagee
 *   hint: ...
 * </pre>
 *
 * <p>The source line is read from the file ({@link SourceLines}); tabs, wide and combining characters keep the caret
 * under the right character, and a line too wide to show is cut around the column. A diagnostic without a location
 * starts with {@code gen:}. Every piece of text is {@linkplain TerminalText#clean cleaned} of control characters.
 * With colour: bold locations, red errors, yellow warnings, cyan notices; without it, plain text.
 */
final class DiagnosticPrinter {

  /** Source lines wider than this many cells are cut around the column. */
  static final int MAX_SNIPPET_WIDTH = 100;

  /** How many cells of the line are kept before the column when a line is cut. */
  static final int CONTEXT_BEFORE = 40;

  private static final String ELLIPSIS = "...";

  private final SourceLines sources;
  private final Style style;
  private final java.nio.file.Path workingDirectory;

  DiagnosticPrinter(SourceLines sources, boolean color) {
    this(sources, color, null);
  }

  /**
   * @param workingDirectory where the user is: a file found below one of the source roots is shown relative to it,
   *     so that the location can be opened from there (the generator names files relative to the project
   *     directory); null to show files as the diagnostic names them
   */
  DiagnosticPrinter(SourceLines sources, boolean color, java.nio.file.Path workingDirectory) {
    this.sources = sources;
    this.style = color ? Style.ANSI : Style.PLAIN;
    this.workingDirectory = workingDirectory;
  }

  /** The location as the user can open it: relative to the working directory when the file was found. */
  private String shown(SourceLocation at) {
    if (workingDirectory == null) {
      return at.toString();
    }
    return sources.find(at.file())
        .map(found -> new SourceLocation(workingDirectory.relativize(found).toString(), at.line(), at.column()))
        .map(SourceLocation::toString)
        .orElse(at.toString());
  }

  /** The diagnostic as lines of text, each ending with a newline. */
  String format(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    SourceLocation at = d.location();
    sb.append(style.bold(at.isKnown() ? TerminalText.oneLine(shown(at)) : "gen")).append(": ");
    sb.append(style.severity(d.severity(), d.severity().label() + ":")).append(' ');
    sb.append(TerminalText.message(d.message())).append('\n');
    if (at.isKnown() && at.line() > 0) {
      sources.line(at.file(), at.line()).ifPresent(line -> snippet(sb, at, line, d.severity()));
    }
    if (!d.keyPath().isEmpty()) {
      sb.append("  ").append(style.bold("key:")).append(' ').append(TerminalText.oneLine(d.keyPath())).append('\n');
    }
    if (!d.hint().isEmpty()) {
      sb.append("  ").append(style.bold("hint:")).append(' ').append(TerminalText.message(d.hint())).append('\n');
    }
    return sb.toString();
  }

  private void snippet(StringBuilder sb, SourceLocation at, SourceLines.Line line, Severity severity) {
    String number = Integer.toString(at.line());
    int gutterWidth = Math.max(5, number.length());
    String gutter = " ".repeat(gutterWidth - number.length()) + number + " | ";
    String emptyGutter = " ".repeat(gutterWidth) + " | ";

    // the line as shown, one piece per code point, and the cell where the column's character starts
    String text = line.text();
    int[] cps = text.codePoints().toArray();
    String[] pieces = new String[cps.length];
    int[] startCell = new int[cps.length + 1];
    int cell = 0;
    for (int i = 0; i < cps.length; i++) {
      pieces[i] = TerminalText.shown(cps[i], true);
      startCell[i] = cell;
      cell += TerminalText.width(pieces[i]);
    }
    startCell[cps.length] = cell;
    int total = cell;
    Optional<Integer> caretCell = at.column() > 0
        ? Optional.of(startCell[Math.min(at.column() - 1, cps.length)]) : Optional.empty();

    // the window of cells to show
    int from = 0;
    int to = total;
    boolean cutAtEnd = line.truncated();
    if (total > MAX_SNIPPET_WIDTH) {
      from = Math.max(0, caretCell.orElse(0) - CONTEXT_BEFORE);
      to = Math.min(total, from + MAX_SNIPPET_WIDTH);
      if (to == total) {
        from = Math.max(0, total - MAX_SNIPPET_WIDTH);
      }
      cutAtEnd |= to < total;
    }
    StringBuilder shown = new StringBuilder();
    int firstShownCell = -1;
    for (int i = 0; i < cps.length; i++) {
      if (startCell[i] >= from && startCell[i + 1] <= to) {
        if (firstShownCell < 0) {
          firstShownCell = startCell[i];
        }
        shown.append(pieces[i]);
      }
    }
    if (firstShownCell < 0) {
      firstShownCell = from;
    }
    String lead = firstShownCell > 0 ? ELLIPSIS : "";
    sb.append(gutter).append(lead).append(shown);
    if (cutAtEnd) {
      sb.append(ELLIPSIS);
    }
    sb.append('\n');
    if (caretCell.isPresent()) {
      int pad = lead.length() + Math.max(0, caretCell.get() - firstShownCell);
      sb.append(emptyGutter).append(" ".repeat(pad)).append(style.severity(severity, "^")).append('\n');
    }
  }

  /** How emphasis is written: ANSI escape sequences, or not at all. */
  private enum Style {
    PLAIN,
    ANSI;

    private static final String RESET = "\u001b[0m";

    String bold(String s) {
      return this == ANSI ? "\u001b[1m" + s + RESET : s;
    }

    String severity(Severity severity, String s) {
      if (this == PLAIN) {
        return s;
      }
      String color = switch (severity) {
        case ERROR -> "\u001b[1;31m";
        case WARNING -> "\u001b[1;33m";
        case NOTICE -> "\u001b[1;36m";
      };
      return color + s + RESET;
    }
  }
}
