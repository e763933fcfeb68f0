package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.time.Duration;

/**
 * When the workload is restarted after it stops ({@code restart}, or {@code deploy.restart_policy}, which wins).
 *
 * @param maxAttempts how many restarts at most, or null for no limit
 * @param delay the wait between restarts, or null
 * @param window how long a restart must keep running to count as a success, or null
 */
public record RestartPolicy(
    Condition condition, Integer maxAttempts, Duration delay, Duration window, SourceLocation location) {

  /** Restart conditions, in Docker's words. */
  public enum Condition {
    NO,
    ALWAYS,
    ON_FAILURE,
    UNLESS_STOPPED
  }

  public static final RestartPolicy NONE = new RestartPolicy(Condition.NO, null, null, null, null);

  public RestartPolicy {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean restarts() {
    return condition != Condition.NO;
  }
}
