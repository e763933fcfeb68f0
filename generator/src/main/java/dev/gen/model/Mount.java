package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A filesystem mounted into the container.
 *
 * @param type what is mounted
 * @param source the volume name ({@link Type#VOLUME}), the host path relative to the project directory
 *     ({@link Type#BIND}; absolute when outside it), the image ({@link Type#IMAGE}), or null (anonymous volume, tmpfs)
 * @param target the path in the container
 * @param readOnly true for read-only mounts
 * @param sizeBytes the size limit of a tmpfs, or null
 */
public record Mount(Type type, String source, String target, boolean readOnly, Long sizeBytes, SourceLocation location) {

  /** The Compose volume types. */
  public enum Type {
    VOLUME,
    BIND,
    TMPFS,
    IMAGE,
    NPIPE,
    CLUSTER
  }

  public Mount {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  /** A named (not anonymous) volume. */
  public boolean isNamedVolume() {
    return type == Type.VOLUME && source != null && !source.isEmpty();
  }
}
