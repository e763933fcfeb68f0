package dev.gen.target.charm;

import java.time.Duration;

/**
 * What Pebble does when the workload exits, from compose's restart policy.
 *
 * @param onSuccess Pebble's {@code on-success}: {@code restart} or {@code ignore}
 * @param onFailure Pebble's {@code on-failure}: {@code restart} or {@code ignore}
 * @param backoffDelay the first wait before a restart, or null for Pebble's default
 * @param killDelay how long Pebble waits after SIGTERM before it kills the workload, or null for the default
 */
public record RestartPlan(String onSuccess, String onFailure, Duration backoffDelay, Duration killDelay) {}
