package dev.gen.target.charm;

import java.util.Locale;

/** Juju's config option types. */
public enum OptionType {
  STRING,
  INT,
  FLOAT,
  BOOLEAN,
  /** A Juju secret URI ({@code secret:...}); the charm reads the secret's content at run time. */
  SECRET;

  /** The name written in {@code charmcraft.yaml}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
