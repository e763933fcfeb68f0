package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * The image the target stage is built on: the FROM of the first stage of its chain of {@code FROM <stage>} parents.
 *
 * @param name the image reference with global ARGs substituted ({@code node:20-alpine}), as written otherwise (no
 *     default registry or tag is added); {@code scratch} for the empty image
 * @param scratch whether it is the empty image
 * @param platform the FROM's {@code --platform}, substituted, or null
 * @param location the FROM instruction
 * @param unresolved variables of the name or platform gen cannot know (such as {@code $BUILDPLATFORM} when no
 *     platform was given)
 */
public record BaseImage(String name, boolean scratch, String platform, SourceLocation location,
    List<String> unresolved) {

  public BaseImage {
    unresolved = List.copyOf(unresolved);
  }
}
