package dev.gen.dockerfile;

/** Where a fact's value comes from, and so how far gen knows it. */
public enum Origin {
  /** Set by an instruction of the Dockerfile; the fact's location is that instruction. */
  DOCKERFILE,
  /** BuildKit's value when nothing sets it, known for sure: the stage chain starts {@code FROM scratch}. */
  BUILDKIT_DEFAULT,
  /** BuildKit's default (for example the {@code /bin/sh -c} shell), unless the base image sets its own. */
  ASSUMED_DEFAULT,
  /** Inherited from the base image, which gen does not read: the value is unknown (null). */
  BASE_IMAGE
}
