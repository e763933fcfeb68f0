package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/** A volume of the image; see {@link Fact#unresolved()}. */
public record VolumeFact(String path, SourceLocation location, List<String> unresolved) {

  public VolumeFact {
    unresolved = List.copyOf(unresolved);
  }
}
