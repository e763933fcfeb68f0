package dev.gen.dockerfile.parser;

import java.util.List;

/**
 * One instruction of the parsed Dockerfile (BuildKit's {@code parser.Node} with its {@code Next} chain flattened).
 *
 * @param keyword the instruction keyword as written (BuildKit compares it in lower case)
 * @param flags the leading {@code --name[=value]} words, quotes removed
 * @param args the arguments in the instruction's parser shape (see {@link LineParsers})
 * @param subcommand the nested instruction of ONBUILD, else null
 * @param json whether the arguments came from the JSON (exec) form
 * @param original the instruction's joined line: continuation lines appended, comments and empty lines dropped
 * @param startLine the first line (1-based)
 * @param endLine the last line, heredoc bodies included
 * @param column the 1-based column of the keyword on {@code startLine}
 * @param heredocs the here-documents, in the order their bodies follow the instruction
 * @param prevComment the comment lines right before the instruction, without {@code #}
 */
public record Node(
    String keyword,
    List<String> flags,
    List<String> args,
    Node subcommand,
    boolean json,
    String original,
    int startLine,
    int endLine,
    int column,
    List<Heredoc> heredocs,
    List<String> prevComment) {

  public Node {
    flags = List.copyOf(flags);
    args = List.copyOf(args);
    heredocs = List.copyOf(heredocs);
    prevComment = List.copyOf(prevComment);
  }

  /** The keyword in lower case, as BuildKit dispatches on it. */
  public String command() {
    return dev.gen.dockerfile.gocompat.GoStrings.toLower(keyword);
  }

  Node located(int start, int end, int col) {
    Node sub = subcommand == null ? null : subcommand.located(start, end, col);
    return new Node(keyword, flags, args, sub, json, original, start, end, col, heredocs, prevComment);
  }

  Node withHeredocs(List<Heredoc> docs) {
    return new Node(keyword, flags, args, subcommand, json, original, startLine, endLine, column, docs,
        prevComment);
  }
}
