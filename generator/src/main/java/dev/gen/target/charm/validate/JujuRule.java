package dev.gen.target.charm.validate;

import java.util.function.Consumer;

/**
 * One rule Juju, charmcraft or ops enforce beyond charmcraft's JSON schema (juju.md §1.1, §1.2, §1.6).
 *
 * @param id a stable identifier; a violation's diagnostic code is {@code juju.<id>}
 * @param description the rule, in one sentence
 * @param check reports every place that breaks the rule
 */
public record JujuRule(String id, String description, Check check) {

  /** The body of a rule. */
  @FunctionalInterface
  public interface Check {
    void apply(CharmYaml doc, Consumer<Violation> out);
  }
}
