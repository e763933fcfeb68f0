package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * An environment variable of the image, substituted as BuildKit substitutes it.
 *
 * @param origin {@link Origin#DOCKERFILE} for ENV, {@link Origin#BUILDKIT_DEFAULT} for the PATH BuildKit gives a
 *     {@code FROM scratch} image
 * @param unresolved variables of the value gen cannot know, left as written ({@code PATH=/opt/bin:$PATH})
 */
public record EnvFact(String name, String value, Origin origin, SourceLocation location, List<String> unresolved) {

  public EnvFact {
    unresolved = List.copyOf(unresolved);
  }
}
