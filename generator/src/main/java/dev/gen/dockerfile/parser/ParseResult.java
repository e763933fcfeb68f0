package dev.gen.dockerfile.parser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed Dockerfile (BuildKit's {@code parser.Result}).
 *
 * @param file the file name used in locations
 * @param instructions the instructions in file order
 * @param escapeToken the escape character: {@code \} or, with {@code # escape=`}, the backtick
 * @param directives the parser directives found at the top ({@code syntax}, {@code escape}, {@code check}) with
 *     their values, in file order
 * @param warnings the parser's warnings
 */
public record ParseResult(
    String file, List<Node> instructions, int escapeToken, Map<String, String> directives,
    List<ParseWarning> warnings) {

  public ParseResult {
    instructions = List.copyOf(instructions);
    directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    warnings = List.copyOf(warnings);
  }
}
