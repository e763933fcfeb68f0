package dev.gen.report;

import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.model.compose.ComposeKeys.Treatment;
import dev.gen.render.TemplateEngine;
import dev.gen.target.KeyMapping;
import dev.gen.target.MappingColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docs/mapping.md}: the {@link MappingTable} as Markdown, one table per scope of keys, then the keys the model
 * does not carry. Made by the template {@code report/mapping.md.mustache}; a test keeps the checked-in file equal to
 * what the table gives.
 */
public final class MappingDoc {

  static final String TEMPLATE = "report/mapping.md.mustache";

  private final TemplateEngine engine;

  public MappingDoc(TemplateEngine engine) {
    this.engine = engine;
  }

  public String render(MappingTable table) {
    List<Column> columns = table.columns().stream().map(c -> new Column(c.title())).toList();
    List<Section> sections = new ArrayList<>();
    List<Other> notCarried = new ArrayList<>();
    List<Other> loader = new ArrayList<>();
    Scope current = null;
    List<Row> rows = null;
    MappingColumn k8s = table.column("charm-k8s").orElse(null);
    for (Rule rule : table.rows()) {
      if (rule.treatment() == Treatment.UNMAPPED) {
        notCarried.add(new Other(Markdown.code(rule.id()), rule.detail()));
        continue;
      }
      if (rule.treatment() == Treatment.LOADER) {
        loader.add(new Other(Markdown.code(rule.id()), rule.detail()));
        continue;
      }
      if (rule.scope() != current) {
        current = rule.scope();
        rows = new ArrayList<>();
        boolean top = current == Scope.PROJECT;
        sections.add(new Section(title(current), top ? "" : Markdown.code(current.pattern()), !top, rows));
      }
      List<Cell> cells = new ArrayList<>();
      for (MappingColumn column : table.columns()) {
        KeyMapping m = column.cell(rule.id()).orElse(null);
        if (m == null) {
          cells.add(new Cell("", "(missing)"));
        } else if (column.id().equals("bundle") && k8s != null && m.equals(k8s.cell(rule.id()).orElse(null))) {
          cells.add(new Cell(symbol(m.status()), "as the Kubernetes charm"));
        } else {
          cells.add(new Cell(symbol(m.status()), m.text()));
        }
      }
      rows.add(new Row(Markdown.code(rule.key()), rule.detail(), cells));
    }
    return engine.render(TEMPLATE, new View(columns, sections, notCarried, loader));
  }

  /** A status as one character: ✓ carried, ◐ partly, ✗ not carried, – not needed. */
  static String symbol(KeyMapping.Status status) {
    return switch (status) {
      case CARRIED -> "✓";
      case PARTLY -> "◐";
      case NOT_CARRIED -> "✗";
      case NOT_NEEDED -> "–";
    };
  }

  private static String title(Scope scope) {
    return switch (scope) {
      case PROJECT -> "The top level";
      case SERVICE -> "Services";
      case BUILD -> "Build";
      case DEPLOY -> "Deploy";
      case DEPLOY_RESOURCES -> "Resources";
      case RESOURCE_LIMITS -> "Resource limits";
      case RESOURCE_RESERVATIONS -> "Resource reservations";
      case RESTART_POLICY -> "Restart policy";
      case PLACEMENT -> "Placement";
      case PLACEMENT_PREFERENCE -> "Placement preferences";
      case HEALTHCHECK -> "Health check";
      case PORT -> "Ports";
      case MOUNT -> "Volumes (mounts)";
      case MOUNT_BIND -> "Bind mounts";
      case MOUNT_VOLUME -> "Volume mounts";
      case MOUNT_TMPFS -> "tmpfs mounts";
      case MOUNT_IMAGE -> "Image mounts";
      case DEPENDENCY -> "Dependencies";
      case SERVICE_NETWORK -> "Networks of a service";
      case FILE_REFERENCE -> "Secrets and configs of a service";
      case DEVICE -> "Devices";
      case ULIMIT -> "Ulimits";
      case NETWORK -> "Networks";
      case VOLUME -> "Volumes";
      case SECRET -> "Secrets";
      case CONFIG -> "Configs";
    };
  }

  record View(List<Column> columns, List<Section> sections, List<Other> notCarried, List<Other> loader) {}

  record Column(String title) {}

  record Section(String title, String pattern, boolean hasPattern, List<Row> rows) {}

  record Row(String key, String model, List<Cell> cells) {}

  record Cell(String symbol, String text) {}

  record Other(String key, String why) {}
}
