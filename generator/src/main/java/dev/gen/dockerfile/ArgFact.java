package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * A build argument (ARG). Build arguments are not stored in the image; they matter at build time only.
 *
 * @param name the argument
 * @param defaultValue the default as written, or null when none is given
 * @param value the value the build uses: the build argument passed to the loader, else the substituted default, else
 *     the global argument of the same name (for {@code ARG NAME} inside a stage); null when it has none
 * @param fromBuildArg whether {@code value} is a build argument passed to the loader
 * @param stage the stage index, or null for a global argument (before the first FROM)
 * @param unresolved variables of the value gen cannot know
 */
public record ArgFact(
    String name,
    String defaultValue,
    String value,
    boolean fromBuildArg,
    Integer stage,
    SourceLocation location,
    List<String> unresolved) {

  public ArgFact {
    unresolved = List.copyOf(unresolved);
  }
}
