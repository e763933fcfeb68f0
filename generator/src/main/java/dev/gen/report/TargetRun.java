package dev.gen.report;

import dev.gen.diag.Diagnostic;
import dev.gen.target.MappingColumn;
import java.util.List;

/**
 * What one target did with a project: the warnings and notices it gave, or the error that stopped it.
 *
 * @param column the target's column of the mapping table
 * @param options the options it ran with, in words ({@code --flavour machine}), or empty for the defaults
 * @param diagnostics its own warnings and notices (not the loader's)
 * @param failure the error that stopped it, or null when it ran through
 */
public record TargetRun(MappingColumn column, String options, List<Diagnostic> diagnostics, Diagnostic failure) {

  public TargetRun {
    diagnostics = List.copyOf(diagnostics);
  }

  /** The diagnostics in which the target reports what it does not carry. */
  public List<Diagnostic> unmapped() {
    return diagnostics.stream().filter(d -> column.reportsWith(d.code())).toList();
  }
}
