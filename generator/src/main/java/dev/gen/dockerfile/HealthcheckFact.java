package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * The image's HEALTHCHECK (the last one wins; not substituted).
 *
 * @param test {@code ["NONE"]}, {@code ["CMD", args...]}, {@code ["CMD-SHELL", script]}; empty when no check is set
 *     and none can be inherited; null when it comes from the base image
 * @param interval null when not set (the engine default, 30s, applies); likewise the other durations
 * @param retries null when not set (the engine default, 3)
 */
public record HealthcheckFact(
    List<String> test,
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    Integer retries,
    Origin origin,
    SourceLocation location) {

  public HealthcheckFact {
    test = test == null ? null : List.copyOf(test);
  }
}
