package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;

/**
 * An ONBUILD trigger stored in the image, to run (and be substituted) in a build that uses this image as its base.
 *
 * @param expression the trigger as BuildKit stores it: the instruction without {@code ONBUILD}
 */
public record OnbuildFact(String expression, SourceLocation location) {}
