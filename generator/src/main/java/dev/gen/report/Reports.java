package dev.gen.report;

import dev.gen.diag.Diagnostic;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.MappingColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The two ways to get a report: of every target ({@code gen report}), or of the one a command just ran. */
public final class Reports {

  private Reports() {}

  /**
   * {@code report.md} and {@code report.html} for every target, each run in memory with its default options.
   *
   * @param loading what loading the project reported
   */
  public static FileTree ofAllTargets(MappedProject mapped, List<Diagnostic> loading, TemplateEngine engine) {
    List<TargetRun> runs = new TargetRuns(engine).all(mapped.project());
    return new ReportWriter(engine).write(new ReportBuilder(engine).build(mapped, loading, runs));
  }

  /**
   * {@code report.md} and {@code report.html} for one target that a command has run ({@code --report}).
   *
   * @param all everything the command reported, loading and target together: the target's own diagnostics are
   *     those whose codes belong to it (the families of its column's warning codes, such as {@code charm.*})
   * @param options the options it ran with, in words, or empty
   */
  public static FileTree ofRun(MappedProject mapped, List<Diagnostic> all, MappingColumn column, String options,
      TemplateEngine engine) {
    Set<String> families = new LinkedHashSet<>();
    column.warningCodes().forEach(code -> families.add(code.substring(0, code.indexOf('.') + 1)));
    List<Diagnostic> loading = new ArrayList<>();
    List<Diagnostic> target = new ArrayList<>();
    for (Diagnostic d : all) {
      (families.stream().anyMatch(d.code()::startsWith) ? target : loading).add(d);
    }
    TargetRun run = new TargetRun(column, options, target, null);
    return new ReportWriter(engine).write(new ReportBuilder(engine).build(mapped, loading, List.of(run)));
  }
}
