package dev.gen.testing;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The property every fuzz test checks at a parser boundary: an input gives either a result or a {@link GenException}
 * whose diagnostics are located and say something, never any other exception or error, never a hang and never
 * unbounded memory. Time and memory are budgets per input: the fuzzer's inputs are small (a few kilobytes), so
 * going over either means work that grows out of proportion to the input (a loop, an expansion), not a slow
 * machine.
 */
public final class FuzzProperty {

  /**
   * The most processor time one small input may take, in milliseconds. Processor time of this thread, not wall time:
   * the machine is shared, and while fuzzing the instrumentation and the fuzzer's own work slow everything down. A
   * hang (an endless loop) is caught by the test's {@code @Timeout} (a wall-clock limit, which Jazzer also applies to
   * each input while fuzzing).
   */
  public static final long MAX_MILLIS = 5_000;

  /** The most one input may allocate, in bytes (allocated, not retained: a bound on work as much as on memory). */
  public static final long MAX_ALLOCATED_BYTES = 2L * 1024 * 1024 * 1024;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private FuzzProperty() {}

  /**
   * Runs {@code action}; returns its result, or null when it failed with a well-formed {@link GenException}. Any other
   * throwable propagates (the fuzzer reports it as a finding), and so does an {@link AssertionError} for a
   * diagnostic without a location or message, or for an input over the time or memory budget.
   */
  public static <T> T resultOrLocatedError(Supplier<T> action) {
    long allocatedBefore = allocated();
    long start = cpuNanos();
    T result = null;
    try {
      result = action.get();
    } catch (GenException e) {
      checkDiagnostics(e);
    } finally {
      checkBudget(start, allocatedBefore);
    }
    return result;
  }

  /** The same for an action without a result. */
  public static void runOrLocatedError(Runnable action) {
    resultOrLocatedError(() -> {
      action.run();
      return Boolean.TRUE;
    });
  }

  /** Checks that a failure tells the user where and what. */
  public static void checkDiagnostics(GenException e) {
    if (e.diagnostics().isEmpty()) {
      throw new AssertionError("a GenException without diagnostics", e);
    }
    for (Diagnostic d : e.diagnostics()) {
      if (!d.location().isKnown()) {
        throw new AssertionError("an error without a location: " + d.format(), e);
      }
      if (d.message().isBlank() || d.code().isBlank()) {
        throw new AssertionError("an error without a message or code: " + d.format(), e);
      }
    }
  }

  /** Fails when the work since {@code startNanos} ({@link #cpuNanos()}) went over the time or allocation budget. */
  public static void checkBudget(long startNanos, long allocatedBefore) {
    long millis = (cpuNanos() - startNanos) / 1_000_000;
    if (millis > MAX_MILLIS) {
      throw new AssertionError("one input took " + millis + " ms (budget " + MAX_MILLIS + " ms)");
    }
    long bytes = allocated() - allocatedBefore;
    if (allocatedBefore >= 0 && bytes > MAX_ALLOCATED_BYTES) {
      throw new AssertionError("one input allocated " + (bytes >> 20) + " MiB (budget "
          + (MAX_ALLOCATED_BYTES >> 20) + " MiB)");
    }
  }

  /** Processor time this thread has used so far, in nanoseconds (wall time when the JVM cannot tell). */
  public static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
        ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Bytes this thread has allocated so far, or -1 when the JVM cannot tell. */
  public static long allocated() {
    return THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled()
        ? THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
  }
}
