package dev.gen.report;

import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Treatment;
import dev.gen.target.KeyMapping;
import dev.gen.target.MappingColumn;
import dev.gen.target.blueprint.BlueprintKeyMappings;
import dev.gen.target.bundle.BundleKeyMappings;
import dev.gen.target.charm.CharmKeyMappings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mapping table: a row for every Compose key gen knows ({@link ComposeKeys}: what the model makes of it), and a
 * column for each target, owned by the target ({@link MappingColumn}). Only keys the model carries have target
 * cells; the others never reach a target.
 */
public final class MappingTable {

  private final List<MappingColumn> columns;

  public MappingTable(List<MappingColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The table of gen's targets: charm (both flavours), bundle, blueprint (both styles). */
  public static MappingTable standard() {
    return new MappingTable(List.of(CharmKeyMappings.k8s(), CharmKeyMappings.machine(), BundleKeyMappings.column(),
        BlueprintKeyMappings.vm(), BlueprintKeyMappings.container()));
  }

  public List<MappingColumn> columns() {
    return columns;
  }

  public Optional<MappingColumn> column(String id) {
    return columns.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Every key gen knows, in {@link ComposeKeys} order. */
  public List<Rule> rows() {
    return ComposeKeys.rules();
  }

  public Optional<KeyMapping> cell(String rowId, MappingColumn column) {
    return column.cell(rowId);
  }

  /**
   * What is wrong with the table: a key the model carries without a cell in some column, a cell for a key the model
   * does not carry or does not know, a cell reported at a key that does not exist. Empty when the table is whole.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    List<String> ids = rows().stream().map(Rule::id).toList();
    for (MappingColumn column : columns) {
      for (Rule rule : rows()) {
        boolean carried = rule.treatment() == Treatment.MAPPED;
        boolean has = column.cell(rule.id()).isPresent();
        if (carried && !has) {
          problems.add(column.id() + " has no cell for " + rule.id());
        } else if (!carried && has) {
          problems.add(column.id() + " has a cell for " + rule.id() + ", which the model does not carry");
        }
      }
      for (var e : column.cells().entrySet()) {
        if (!ids.contains(e.getKey())) {
          problems.add(column.id() + " has a cell for " + e.getKey() + ", which is not a key gen knows");
        }
        String at = e.getValue().reportedAt();
        if (at != null && !ids.contains(at)) {
          problems.add(column.id() + " reports " + e.getKey() + " at " + at + ", which is not a key gen knows");
        }
      }
    }
    return problems;
  }
}
