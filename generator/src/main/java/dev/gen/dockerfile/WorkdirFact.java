package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * The image's working directory.
 *
 * @param path the absolute directory; or, when {@code relativeToBaseImage}, the relative path that BuildKit joins to
 *     the base image's own working directory (which gen does not know; {@code /} if the image sets none); null when
 *     no WORKDIR sets it and it comes from the base image
 * @param relativeToBaseImage whether {@code path} is relative to the base image's working directory
 * @param unresolved variables gen cannot know, left as written
 */
public record WorkdirFact(
    String path, boolean relativeToBaseImage, Origin origin, SourceLocation location, List<String> unresolved) {

  public WorkdirFact {
    unresolved = List.copyOf(unresolved);
  }
}
