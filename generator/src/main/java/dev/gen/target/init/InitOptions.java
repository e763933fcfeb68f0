package dev.gen.target.init;

import dev.gen.target.charm.CharmOptions;
import java.util.List;
import java.util.Objects;

/**
 * What {@code gen init} was asked for.
 *
 * @param charm the charm's flavour and base (the services are the project's one service)
 * @param source what the charm runs, for people: {@code the image nginx:1.27}, {@code the Dockerfile ../Dockerfile}
 * @param regenerate the command line that writes the project again, word by word, run from its directory
 */
public record InitOptions(CharmOptions charm, String source, List<String> regenerate) {

  public InitOptions {
    Objects.requireNonNull(charm, "charm");
    Objects.requireNonNull(source, "source");
    regenerate = List.copyOf(regenerate);
  }
}
