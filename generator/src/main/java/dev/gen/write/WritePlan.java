package dev.gen.write;

import java.util.List;

/**
 * What writing a tree into an output directory would do, file by file, before anything is touched.
 *
 * @param changes every file involved, sorted by path
 * @param warnings things the user should know that do not stop the write (for example an owned file the user
 *     changed, which gen leaves in place instead of deleting)
 */
public record WritePlan(List<Change> changes, List<String> warnings) {

  /** What happens to one file. */
  public enum Action {
    CREATE,
    UPDATE,
    UNCHANGED,
    DELETE,
    /** A file gen did not write (or that the user changed) is in the way: refused without --force. */
    CONFLICT
  }

  /**
   * One file.
   *
   * @param path the path relative to the output directory
   * @param reason why, for conflicts: "not written by gen", "changed since gen wrote it"...
   * @param oldContent what is on disk now, or null
   * @param newContent what gen would write, or null for deletions
   */
  public record Change(String path, Action action, String reason, byte[] oldContent, byte[] newContent,
      boolean executable) {}

  public WritePlan {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  public List<Change> conflicts() {
    return changes.stream().filter(c -> c.action() == Action.CONFLICT).toList();
  }

  /** True when writing would change nothing on disk. */
  public boolean isUpToDate() {
    return changes.stream().allMatch(c -> c.action() == Action.UNCHANGED);
  }
}
