package dev.gen.target.bundle.verify;

import org.yaml.snakeyaml.nodes.Node;

/**
 * One of Juju's bundle verification rules (juju.md §2.3, numbered as there).
 *
 * @param number the rule's number in the checklist
 * @param id a stable identifier; a violation's diagnostic code is {@code bundle.<id>}
 * @param description the rule, in one sentence
 * @param check reports every place that breaks the rule
 */
public record BundleRule(int number, String id, String description, Check check) {

  /** Where a rule reports a problem: the node it concerns, its key path and what is wrong. */
  @FunctionalInterface
  public interface Out {
    void report(Node at, String keyPath, String message);
  }

  /** The body of a rule. */
  @FunctionalInterface
  public interface Check {
    void apply(BundleDocument bundle, Out out);
  }
}
