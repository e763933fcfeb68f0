package dev.gen.target.charm;

/** An action of the charm; none takes parameters. */
public record ActionPlan(String name, String description) {}
