package dev.gen.dockerfile.parser;

import dev.gen.diag.GenException;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.DockerfileErrors;
import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's Dockerfile parser ({@code frontend/dockerfile/parser/parser.go}): lines to instructions. It handles
 * the UTF-8 byte order mark, {@code \r\n}, parser directives, comments (also inside continued instructions), line
 * continuation with the escape character (an empty line inside a continuation is skipped with a warning; a line
 * ending in an escaped escape character does not continue), the argument shape of every instruction, flags and
 * heredocs. Nothing is substituted here and quotes stay as written, except in flags.
 *
 * <p>Errors are {@link GenException}s located at the instruction (file:line:column) with BuildKit's wording.
 */
public final class DockerfileParser {

  /** How deep ONBUILD may nest in the parser (BuildKit rejects any nesting later; this only bounds recursion). */
  static final int MAX_ONBUILD_DEPTH = 64;

  private static final Set<String> HEREDOC_COMMANDS = Set.of("add", "copy", "run");

  private final DockerfileSource source;
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final Directives directives;
  private final List<Node> nodes = new ArrayList<>();

  private DockerfileParser(DockerfileSource source) {
    this.source = source;
    this.directives = new Directives(source, warnings);
  }

  /** Parses a checked source. */
  public static ParseResult parse(DockerfileSource source) {
    return new DockerfileParser(source).run();
  }

  /** Parses Dockerfile text (tests, Compose {@code dockerfile_inline}). */
  public static ParseResult parse(String name, String text) {
    return parse(DockerfileSource.ofText(name, text));
  }

  private ParseResult run() {
    List<DockerfileSource.Line> lines = source.lines();
    List<String> comments = new ArrayList<>();
    int idx = 0;
    while (idx < lines.size()) {
      DockerfileSource.Line first = lines.get(idx++);
      String text = first.text();
      if (first.number() == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (isComment(text)) {
        String comment = GoStrings.trimSpace(text.substring(Character.charCount(text.codePointAt(0))));
        if (comment.isEmpty()) {
          comments.clear();
        } else {
          comments.add(comment);
        }
      }
      String token = GoStrings.trimLeftSpace(trimNewline(text));
      if (directives.accept(token, first.number(), nodes.isEmpty()) && !comments.isEmpty()) {
        comments.remove(comments.size() - 1); // a directive is not a comment of the next instruction
      }
      if (isComment(token)) {
        token = "";
      }
      int startLine = first.number();
      int column = text.codePointCount(0, text.length() - GoStrings.trimLeftSpace(text).length()) + 1;
      Continuation c = trimContinuation(token);
      if (c.ended && c.text.isEmpty()) {
        continue;
      }
      StringBuilder buf = new StringBuilder(c.text);
      int endLine = startLine;
      int firstEmptyLine = 0;
      boolean ended = c.ended;
      while (!ended && idx < lines.size()) {
        DockerfileSource.Line next = lines.get(idx++);
        endLine = next.number();
        if (isComment(next.text())) {
          continue; // comment lines inside a continuation are dropped and do not end it
        }
        String tok = trimNewline(next.text());
        if (GoStrings.trimLeftSpace(tok).isEmpty()) {
          if (firstEmptyLine == 0) {
            firstEmptyLine = next.number();
          }
          continue;
        }
        Continuation more = trimContinuation(tok);
        buf.append(more.text);
        ended = more.ended;
      }
      String line = buf.toString();
      if (firstEmptyLine != 0) {
        warnings.add(new ParseWarning(DockerfileCodes.EMPTY_CONTINUATION,
            "Empty continuation line found in: " + line, firstEmptyLine));
      }
      Node child;
      try {
        child = nodeFromLine(line, List.copyOf(comments), 0);
      } catch (LineParsers.LineParseException e) {
        throw error(startLine, column, e.getMessage());
      }
      List<Heredoc> docs = new ArrayList<>();
      if (canContainHeredoc(child) && line.contains("<<")) {
        List<Heredoc> announced;
        try {
          announced = HeredocWords.fromLine(line);
        } catch (LineParsers.LineParseException e) {
          throw error(startLine, column, e.getMessage());
        }
        for (Heredoc doc : announced) {
          StringBuilder content = new StringBuilder();
          boolean terminated = false;
          while (idx < lines.size()) {
            DockerfileSource.Line body = lines.get(idx++);
            endLine = body.number();
            String candidate = trimNewline(body.text());
            if (doc.chomp()) {
              candidate = trimLeadingTabs(candidate);
            }
            if (candidate.equals(doc.name())) {
              terminated = true;
              break;
            }
            content.append(body.raw());
          }
          if (!terminated) {
            throw DockerfileErrors.error(source.at(startLine, column), DockerfileCodes.SYNTAX,
                "unterminated heredoc", "the body of <<" + doc.name() + " must end with a line that is exactly \""
                    + doc.name() + "\"");
          }
          docs.add(doc.withContent(content.toString()));
        }
      }
      nodes.add(child.located(startLine, endLine, column).withHeredocs(docs));
      comments.clear();
    }
    if (nodes.isEmpty()) {
      throw GenException.at(source.at(0, 0), "", DockerfileCodes.SYNTAX, "file with no instructions");
    }
    return new ParseResult(source.name(), nodes, directives.escapeToken(), directives.values(), warnings);
  }

  private Node nodeFromLine(String line, List<String> comments, int depth) throws LineParsers.LineParseException {
    if (depth > MAX_ONBUILD_DEPTH) {
      throw new LineParsers.LineParseException("ONBUILD instructions are nested more than "
          + MAX_ONBUILD_DEPTH + " deep");
    }
    CommandSplitter.Split split = CommandSplitter.split(line);
    LineParsers.Parsed parsed = LineParsers.parse(GoStrings.toLower(split.keyword()), split.rest(),
        directives.escapeToken(), sub -> nodeFromLine(sub, List.of(), depth + 1));
    return new Node(split.keyword(), split.flags(), parsed.args(), parsed.subcommand(), parsed.json(), line, 0, 0,
        0, List.of(), comments);
  }

  private static boolean canContainHeredoc(Node node) {
    if (node.command().equals("onbuild") && node.subcommand() != null) {
      node = node.subcommand();
    }
    return HEREDOC_COMMANDS.contains(node.command()) && !node.json();
  }

  private record Continuation(String text, boolean ended) {}

  /**
   * BuildKit's continuation test {@code ([^E])E[ \t]*$|^E[ \t]*$}: the escape character, then only blanks, and
   * not itself escaped. The escape and the blanks go; the character before stays.
   */
  private Continuation trimContinuation(String line) {
    int escape = directives.escapeToken();
    int j = line.length();
    while (j > 0 && (line.charAt(j - 1) == ' ' || line.charAt(j - 1) == '\t')) {
      j--;
    }
    if (j == 0 || line.charAt(j - 1) != escape) {
      return new Continuation(line, true);
    }
    if (j == 1) {
      return new Continuation("", false);
    }
    if (line.charAt(j - 2) == escape) {
      return new Continuation(line, true); // an escaped escape character
    }
    return new Continuation(line.substring(0, j - 1), false);
  }

  private static boolean isComment(String line) {
    String trimmed = GoStrings.trimLeftSpace(line);
    return !trimmed.isEmpty() && trimmed.charAt(0) == '#';
  }

  /** Go's {@code bytes.TrimRight(line, "\r\n")}. */
  private static String trimNewline(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\n')) {
      end--;
    }
    return line.substring(0, end);
  }

  private static String trimLeadingTabs(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '\t') {
      i++;
    }
    return line.substring(i);
  }

  private GenException error(int line, int column, String message) {
    return GenException.at(source.at(line, column), "", DockerfileCodes.SYNTAX, message);
  }
}
