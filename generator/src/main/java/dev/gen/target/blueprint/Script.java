package dev.gen.target.blueprint;

/** A multi-line shell script, written as a YAML literal block when that is safe. */
public record Script(String text) {}
