package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/** A label of the image (the last LABEL for a key wins), substituted; see {@link Fact#unresolved()}. */
public record LabelFact(String key, String value, SourceLocation location, List<String> unresolved) {

  public LabelFact {
    unresolved = List.copyOf(unresolved);
  }
}
