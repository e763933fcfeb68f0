package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * How to tell whether the workload is healthy.
 *
 * @param test the Compose form: {@code ["CMD", arg...]}, {@code ["CMD-SHELL", script]} or {@code ["NONE"]}; empty
 *     when the check is only switched off ({@code disable: true})
 * @param interval time between checks, or null for the engine default (30s)
 * @param timeout time a check may take, or null (30s)
 * @param startPeriod grace period after start, or null (0s)
 * @param startInterval time between checks during the start period, or null (5s)
 * @param retries failures in a row before unhealthy, or null (3)
 * @param disabled true when the check is switched off ({@code disable: true} or {@code NONE})
 */
public record Healthcheck(
    List<String> test,
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    Integer retries,
    boolean disabled,
    SourceLocation location) {

  public Healthcheck {
    test = Models.list(test);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean isShell() {
    return !test.isEmpty() && "CMD-SHELL".equals(test.get(0));
  }

  public boolean isExec() {
    return !test.isEmpty() && "CMD".equals(test.get(0));
  }

  /** The command words after {@code CMD} / {@code CMD-SHELL}. */
  public List<String> command() {
    return test.isEmpty() ? List.of() : test.subList(1, test.size());
  }
}
