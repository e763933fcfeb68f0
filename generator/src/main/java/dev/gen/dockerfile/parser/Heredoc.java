package dev.gen.dockerfile.parser;

/**
 * A here-document attached to a RUN, COPY or ADD instruction.
 *
 * @param name the delimiter with quotes removed (also the file name for COPY/ADD)
 * @param content the body exactly as in the file, line endings included; leading tabs are kept even with
 *     {@code <<-} (layer 2 removes them)
 * @param expand false when any part of the delimiter was quoted: variables in the body are not substituted
 * @param chomp true for {@code <<-}
 * @param fd the file descriptor written before {@code <<} ({@code 3<<EOF}), 0 when none
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, long fd) {

  /** The body with the leading tabs of every line removed, as BuildKit's {@code ChompHeredocContent}. */
  public String chompedContent() {
    return content.replaceAll("(?md)^\\t+", "");
  }

  Heredoc withContent(String newContent) {
    return new Heredoc(name, newContent, expand, chomp, fd);
  }
}
