package dev.gen.target.charm;

import dev.gen.diag.Diagnostic;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import java.util.List;

/** Writes the source tree of one charm of a flavour from its plan. */
public interface CharmFlavourRenderer {

  /**
   * @param plan the charm to write
   * @param plans every charm of the project (for the other side of relations)
   * @param project the project; a renderer reads its service model only for what the plan gives in another
   *     flavour's terms (a machine charm runs the compose health check and restart policy as they are, where the
   *     plan has Pebble's)
   * @param notes what the service holds that the charm cannot express, for the README
   * @return the charm's files, relative to the charm's own directory
   */
  FileTree render(CharmPlan plan, CharmPlans plans, Project project, List<Diagnostic> notes, TemplateEngine engine);

  /**
   * The templates {@link #render} uses, so that they can be compiled ahead while the project loads
   * ({@link CharmTarget#warmUpInBackground}); a renderer that does not list them is only slower to start.
   */
  default List<TemplateEngine.TemplateRef> templates() {
    return List.of();
  }
}
