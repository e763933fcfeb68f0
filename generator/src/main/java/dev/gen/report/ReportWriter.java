package dev.gen.report;

import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;

/**
 * Writes a {@link ConversionReport} as {@code report.md} (Markdown, with the topology as a Mermaid block) and
 * {@code report.html} (one self-contained page: inline CSS, the SVG inline, no script, nothing fetched), each through
 * its template, which escapes every value.
 */
public final class ReportWriter {

  static final String MARKDOWN = "report/report.md.mustache";
  static final String HTML = "report/report.html.mustache";

  private final TemplateEngine engine;

  public ReportWriter(TemplateEngine engine) {
    this.engine = engine;
  }

  public FileTree write(ConversionReport report) {
    FileTree tree = new FileTree();
    tree.add("report.md", engine.render(MARKDOWN, report));
    tree.add("report.html", engine.render(HTML, report));
    return tree;
  }
}
