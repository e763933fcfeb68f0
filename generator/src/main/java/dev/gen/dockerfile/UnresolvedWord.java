package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * A word gen could not evaluate because it depends on variables it cannot know, for example
 * {@code EXPOSE $PORT} when {@code PORT} may come from the base image.
 *
 * @param text the word with the unknown variables left as written
 */
public record UnresolvedWord(String text, SourceLocation location, List<String> unresolved) {

  public UnresolvedWord {
    unresolved = List.copyOf(unresolved);
  }
}
