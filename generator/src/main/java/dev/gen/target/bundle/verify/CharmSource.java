package dev.gen.target.bundle.verify;

import java.util.Optional;

/** Where the bundle rules find the charms a bundle references. */
public interface CharmSource {

  /**
   * A local charm, by the path the bundle gives (starting with {@code .} or {@code /}, relative to the bundle's
   * directory); empty when there is no charm there.
   */
  Optional<CharmMetadata> local(String path);

  /** A Charmhub charm by name; empty when it is not known. */
  Optional<CharmMetadata> charmhub(String name);

  /** No charms at all: the rules that need charms report them missing. */
  static CharmSource none() {
    return new CharmSource() {
      @Override
      public Optional<CharmMetadata> local(String path) {
        return Optional.empty();
      }

      @Override
      public Optional<CharmMetadata> charmhub(String name) {
        return Optional.empty();
      }
    };
  }
}
