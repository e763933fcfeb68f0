package dev.gen.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One target's column of the mapping table: for every Compose key the service model carries (by its row id,
 * {@code dev.gen.model.compose.ComposeKeys.Rule#id()}), what the target makes of it. The target that owns the column
 * is the one source of truth for it; tests check it against the target's real warnings.
 *
 * @param id a short stable name: {@code charm-k8s}, {@code bundle}, {@code blueprint-vm}...
 * @param title the column's heading: {@code charm (Kubernetes)}
 * @param warningCodes the codes of the warnings in which the target reports what it does not carry
 * @param cells the mapping of each key, by row id
 */
public record MappingColumn(String id, String title, List<String> warningCodes, Map<String, KeyMapping> cells) {

  public MappingColumn {
    warningCodes = List.copyOf(warningCodes);
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  public Optional<KeyMapping> cell(String rowId) {
    return Optional.ofNullable(cells.get(rowId));
  }

  /** True when {@code code} is one of the codes in which this target reports what it does not carry. */
  public boolean reportsWith(String code) {
    return warningCodes.contains(code);
  }

  public static Builder builder(String id, String title, String... warningCodes) {
    return new Builder(id, title, List.of(warningCodes));
  }

  /** Collects a column's cells; a key given twice is a mistake in the table. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<String> codes;
    private final Map<String, KeyMapping> cells = new LinkedHashMap<>();

    private Builder(String id, String title, List<String> codes) {
      this.id = id;
      this.title = title;
      this.codes = codes;
    }

    public Builder put(String rowId, KeyMapping mapping) {
      if (cells.putIfAbsent(rowId, mapping) != null) {
        throw new IllegalStateException("the " + id + " column maps " + rowId + " twice");
      }
      return this;
    }

    /** The cell given for {@code rowId} so far, for columns that follow another one. */
    public Optional<KeyMapping> get(String rowId) {
      return Optional.ofNullable(cells.get(rowId));
    }

    public MappingColumn build() {
      return new MappingColumn(id, title, codes, cells);
    }
  }
}
