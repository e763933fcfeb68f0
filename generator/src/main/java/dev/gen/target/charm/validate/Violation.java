package dev.gen.target.charm.validate;

/** A broken rule: which rule, the key path it concerns, and what is wrong. */
public record Violation(String rule, String keyPath, String message) {}
