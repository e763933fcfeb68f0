package dev.gen.graph;

import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;

/** {@code gen graph} as a function: a project in, the picture or its text form out. */
public final class Graphs {

  private Graphs() {}

  public static String render(Project project, GraphFormat format, TemplateEngine engine) {
    Topology topology = TopologyBuilder.of(project);
    return switch (format) {
      case SVG -> new SvgRenderer(engine).render(topology);
      case MERMAID -> new TextRenderers(engine).mermaid(topology);
      case DOT -> new TextRenderers(engine).dot(topology);
    };
  }
}
