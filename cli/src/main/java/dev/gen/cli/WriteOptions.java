package dev.gen.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How a command puts files into a directory: for real (the default), only checking ({@code --check}, the CI step),
 * or only listing ({@code --dry-run}); and whether it may overwrite files it did not write ({@code --force}).
 */
public final class WriteOptions {

  @Option(names = "--force",
      description = "Overwrite (or replace) files gen did not write, or that were changed since gen wrote them."
          + " Without it such files stop the run before anything is written; DIR/.gen/FILES records what gen wrote.")
  boolean force;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Mode mode;

  /** {@code --check} and {@code --dry-run} exclude each other. */
  static final class Mode {
    @Option(names = "--check", required = true,
        description = "Write nothing; compare what would be written with what is on disk, print the differences as a"
            + " unified diff on stdout and exit 3 when there are any (0 when the output is up to date).")
    boolean check;

    @Option(names = "--dry-run", required = true,
        description = "Write nothing; list on stdout what writing would do to each file: create, update, delete,"
            + " unchanged or conflict.")
    boolean dryRun;
  }

  public boolean force() {
    return force;
  }

  public boolean check() {
    return mode != null && mode.check;
  }

  public boolean dryRun() {
    return mode != null && mode.dryRun;
  }

  /** True when any of these options was given (they do not apply to {@code --stdout}). */
  boolean anyGiven() {
    return force || check() || dryRun();
  }
}
