package dev.gen.dockerfile.parser;

/**
 * A warning of the parser, with BuildKit's text where BuildKit has one.
 *
 * @param code a {@code dockerfile.*} diagnostic code
 * @param message the message, for example {@code Empty continuation line found in: RUN a     b}
 * @param line the 1-based line it concerns
 */
public record ParseWarning(String code, String message, int line) {}
