package dev.gen.target.charm;

import java.math.BigDecimal;

/**
 * One config option of a charm.
 *
 * @param name the option name in Juju's style: lower case, words joined by hyphens
 * @param type the option type
 * @param defaultValue the default: a {@link String}, {@link Long}, {@link BigDecimal} or {@link Boolean} matching
 *     {@code type}, or null for none (secret options never have one)
 * @param description what the option does, for {@code juju config} and Charmhub
 * @param source where the option comes from
 * @param envVar the environment variable the option sets, or null when it sets none
 * @param required true when the workload cannot run without a value (the charm is blocked until it is set)
 */
public record ConfigOption(
    String name,
    OptionType type,
    Object defaultValue,
    String description,
    Source source,
    String envVar,
    boolean required) {

  /** Where an option comes from. */
  public enum Source {
    /** An environment variable of the service. */
    ENVIRONMENT,
    /** A compose secret mounted into the container as a file. */
    SECRET_FILE,
    /** An option of the charm flavour itself (such as a machine charm's container runtime). */
    FLAVOUR
  }

  public ConfigOption {
    if (defaultValue != null
        && !(defaultValue instanceof String || defaultValue instanceof Long || defaultValue instanceof BigDecimal
            || defaultValue instanceof Boolean)) {
      throw new IllegalArgumentException("unsupported default type " + defaultValue.getClass());
    }
    if (type == OptionType.SECRET && defaultValue != null) {
      throw new IllegalArgumentException("secret option " + name + " cannot have a default");
    }
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }

  public boolean isSecret() {
    return type == OptionType.SECRET;
  }
}
