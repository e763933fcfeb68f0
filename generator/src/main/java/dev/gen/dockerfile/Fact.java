package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * A single-valued setting of the image (user, stop signal, maintainer, shell).
 *
 * @param value the value, or null when it comes from the base image ({@link Origin#BASE_IMAGE}) or nothing sets it
 * @param origin where the value comes from
 * @param location the instruction that set it, or the file when it was not set by an instruction
 * @param unresolved variables the value refers to that gen cannot know (base image environment, build platform);
 *     they are left as written, for example {@code $HOME}
 */
public record Fact<T>(T value, Origin origin, SourceLocation location, List<String> unresolved) {

  public Fact {
    unresolved = List.copyOf(unresolved);
  }

  /** True when gen knows the value completely. */
  public boolean isKnown() {
    return origin != Origin.BASE_IMAGE && unresolved.isEmpty();
  }
}
