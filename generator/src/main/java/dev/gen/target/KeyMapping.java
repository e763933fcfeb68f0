package dev.gen.target;

import java.util.Objects;

/**
 * What one target makes of one input key: whether it carries it, and a short phrase saying what it became or why
 * not. Targets own these ({@link MappingColumn}); {@code docs/mapping.md} and {@code gen report} are made from them.
 *
 * @param status how much of the key the target carries
 * @param text what the key became, or why it is not carried: a phrase, lower case, no final full stop
 * @param reportedAt for a key that is not carried: the key (row id) whose warning reports it when that is not the
 *     key itself (the charm reports {@code deploy.restart_policy.max_attempts} as part of {@code restart}); else
 *     null
 */
public record KeyMapping(Status status, String text, String reportedAt) {

  /** How much of a key a target carries. */
  public enum Status {
    /** All of it: the target never warns about it. */
    CARRIED("carried"),
    /** Some values or parts; the target warns (or notes) about the rest. */
    PARTLY("partly"),
    /** None of it; the target warns each time the key is used. */
    NOT_CARRIED("not carried"),
    /** Nothing to carry for this target (the text says why); no warning. */
    NOT_NEEDED("not needed");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** True when the target may warn about the key. */
    public boolean mayWarn() {
      return this == PARTLY || this == NOT_CARRIED;
    }
  }

  public KeyMapping {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    if (reportedAt != null && status != Status.NOT_CARRIED) {
      throw new IllegalArgumentException("only a key that is not carried is reported elsewhere: " + text);
    }
  }
}
