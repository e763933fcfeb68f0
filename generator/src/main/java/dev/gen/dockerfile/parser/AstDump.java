package dev.gen.dockerfile.parser;

import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;

/**
 * Prints an AST in BuildKit's {@code Node.Dump()} notation, the format of the {@code result} files of BuildKit's
 * parser tests: one {@code (keyword ["--flag" ...] "arg" ...)} line per instruction, the keyword in lower case and
 * strings quoted like Go's {@code strconv.Quote}.
 */
public final class AstDump {

  private AstDump() {}

  /** The whole file, one line per instruction, each line ending in a newline. */
  public static String dump(ParseResult result) {
    StringBuilder sb = new StringBuilder();
    for (Node node : result.instructions()) {
      sb.append('(').append(dump(node)).append(")\n");
    }
    // BuildKit trims the root's dump and the test adds one newline back
    return GoStrings.trimSpace(sb.toString()) + "\n";
  }

  /** One instruction, without the surrounding parentheses. */
  public static String dump(Node node) {
    StringBuilder sb = new StringBuilder(GoStrings.toLower(node.keyword()));
    if (!node.flags().isEmpty()) {
      sb.append(' ').append(GoQuote.quoteSlice(node.flags()));
    }
    if (node.subcommand() != null) {
      sb.append(" (").append(dump(node.subcommand())).append(')');
    }
    for (String arg : node.args()) {
      sb.append(' ');
      GoQuote.appendQuoted(sb, arg);
    }
    return GoStrings.trimSpace(sb.toString());
  }
}
