package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;

/**
 * A stage's use of another stage or image besides its base: {@code COPY --from} or {@code RUN --mount=from=}.
 *
 * @param kind how it is used
 * @param reference the {@code --from} / {@code from=} value as written
 * @param stage the stage index it names, or null when it names an image (or a named context)
 * @param location the instruction
 */
public record StageDependency(Kind kind, String reference, Integer stage, SourceLocation location) {

  /** How a stage uses another. */
  public enum Kind { COPY_FROM, MOUNT_FROM }
}
