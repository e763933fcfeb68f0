package dev.gen.target;

import dev.gen.target.KeyMapping.Status;

/**
 * Helpers for writing a target's {@link MappingColumn}s as a table: short factories for cells, and a way to give two
 * columns (two flavours or styles of one target) the same cell in one line.
 */
public final class KeyMappings {

  private KeyMappings() {}

  public static KeyMapping carried(String text) {
    return new KeyMapping(Status.CARRIED, text, null);
  }

  public static KeyMapping partly(String text) {
    return new KeyMapping(Status.PARTLY, text, null);
  }

  public static KeyMapping notCarried(String text) {
    return new KeyMapping(Status.NOT_CARRIED, text, null);
  }

  /** Not carried, and reported in the warning about the key {@code reportedAt}. */
  public static KeyMapping notCarried(String text, String reportedAt) {
    return new KeyMapping(Status.NOT_CARRIED, text, reportedAt);
  }

  public static KeyMapping notNeeded(String text) {
    return new KeyMapping(Status.NOT_NEEDED, text, null);
  }

  /** Two columns filled side by side. */
  public static final class Pair {
    private final MappingColumn.Builder first;
    private final MappingColumn.Builder second;

    public Pair(MappingColumn.Builder first, MappingColumn.Builder second) {
      this.first = first;
      this.second = second;
    }

    /** The same cell in both columns. */
    public Pair both(String rowId, KeyMapping mapping) {
      first.put(rowId, mapping);
      second.put(rowId, mapping);
      return this;
    }

    /** A cell for each column. */
    public Pair each(String rowId, KeyMapping inFirst, KeyMapping inSecond) {
      first.put(rowId, inFirst);
      second.put(rowId, inSecond);
      return this;
    }

    public MappingColumn first() {
      return first.build();
    }

    public MappingColumn second() {
      return second.build();
    }
  }
}
