package dev.gen.report;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.diag.SourceLocation;
import dev.gen.graph.SvgRenderer;
import dev.gen.graph.TextRenderers;
import dev.gen.graph.Topology;
import dev.gen.graph.TopologyBuilder;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Treatment;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.TemplateEngine;
import dev.gen.report.ConversionReport.Cell;
import dev.gen.report.ConversionReport.Column;
import dev.gen.report.ConversionReport.DiagnosticRow;
import dev.gen.report.ConversionReport.KeyRow;
import dev.gen.report.ConversionReport.Note;
import dev.gen.report.ConversionReport.ServiceSection;
import dev.gen.target.KeyMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Explains one project: for each key it uses (located in its files), what the model made of it and, for each target
 * that ran, the mapping table's cell and what the target actually said about that key; then every warning and
 * notice, and the topology. Deterministic: services by name, keys in the mapping table's order, diagnostics in
 * {@link Diagnostic#ORDER}.
 */
public final class ReportBuilder {

  private static final int MAX_LOCATIONS = 8;

  private final TemplateEngine engine;

  public ReportBuilder(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * @param mapped the model and the tree it was mapped from
   * @param input what loading reported
   * @param runs what each target did with the model
   */
  public ConversionReport build(MappedProject mapped, List<Diagnostic> input, List<TargetRun> runs) {
    Project project = mapped.project();
    KeyPaths paths = new KeyPaths(project);
    KeyInventory inventory = KeyInventory.of(mapped);
    Attribution inputNotes = new Attribution(paths);
    input.forEach(d -> inputNotes.add(d, 0));
    Attribution targetNotes = new Attribution(paths);
    for (int c = 0; c < runs.size(); c++) {
      for (Diagnostic d : sorted(runs.get(c).diagnostics())) {
        targetNotes.add(d, c);
      }
    }

    List<ServiceSection> services = new ArrayList<>();
    Map<String, Integer> anchors = new HashMap<>();
    for (Service s : project.services()) {
      List<KeyRow> rows = new ArrayList<>();
      for (KeyInventory.Entry e : ordered(inventory.service(s.name()), ComposeKeys.Scope.SERVICE)) {
        rows.add(row(e, s.name(), runs, inputNotes, targetNotes));
      }
      List<Note> notes = new ArrayList<>();
      for (int c = 0; c < runs.size(); c++) {
        for (Diagnostic d : targetNotes.unclaimed(s.name(), c, inventory.service(s.name()))) {
          notes.add(new Note(runs.get(c).column().title(), d.severity().label(), d.message(), d.keyPath()));
        }
      }
      services.add(new ServiceSection(s.name(), anchor(s.name(), anchors), TopologyBuilder.origin(s), rows, notes));
    }
    List<KeyRow> projectRows = new ArrayList<>();
    for (KeyInventory.Entry e : ordered(inventory.project(), ComposeKeys.Scope.PROJECT)) {
      if (isHolder(e)) {
        continue; // "services", "volumes"...: their entries are the rows
      }
      projectRows.add(row(e, null, runs, inputNotes, targetNotes));
    }

    List<Column> columns = new ArrayList<>();
    for (TargetRun run : runs) {
      columns.add(new Column(run.column().id(), run.column().title(), run.options(),
          run.options().isEmpty() ? "" : Markdown.code(run.options()), diagnostics(run.diagnostics()),
          run.failure() == null ? "" : run.failure().format()));
    }
    Topology topology = TopologyBuilder.of(project);
    return new ConversionReport(project.name(), source(project, inventory),
        count(project.services().size(), "service", "services") + ", "
            + count(topology.edges().size(), "dependency", "dependencies"), columns, diagnostics(input), services, projectRows,
        new TextRenderers(engine).mermaid(topology), new SvgRenderer(engine).render(topology));
  }

  private static boolean isHolder(KeyInventory.Entry e) {
    return e.rowId() != null && KeyStructure.rule(e.rowId())
        .map(r -> r.scope() == ComposeKeys.Scope.PROJECT && KeyStructure.child(r.scope(), r.key()).isPresent())
        .orElse(false);
  }

  private KeyRow row(KeyInventory.Entry e, String service, List<TargetRun> runs, Attribution inputNotes,
      Attribution targetNotes) {
    Rule rule = e.rowId() == null ? null : KeyStructure.rule(e.rowId()).orElse(null);
    String model;
    String modelStatus;
    if (rule == null) {
      boolean extension = e.name().startsWith("x-") || e.name().contains(".x-");
      model = extension ? "an extension gen does not read (a notice)" : "not a key gen knows here (a warning)";
      modelStatus = "unknown";
    } else if (rule.treatment() == Treatment.MAPPED) {
      model = rule.detail();
      modelStatus = "carried";
    } else if (rule.treatment() == Treatment.UNMAPPED) {
      model = "not carried: " + rule.detail();
      modelStatus = "not-carried";
    } else {
      model = "resolved by the loader: " + rule.detail();
      modelStatus = "carried";
    }
    List<String> modelNotes = inputNotes.messages(service, e, 0);
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < runs.size(); c++) {
      KeyMapping m = rule == null || rule.treatment() != Treatment.MAPPED ? null
          : runs.get(c).column().cell(rule.id()).orElse(null);
      List<String> said = targetNotes.messages(service, e, c);
      if (m == null) {
        cells.add(new Cell("none", "·", "never reaches the target", said));
      } else {
        cells.add(new Cell(m.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            MappingDoc.symbol(m.status()), m.text(), said));
      }
    }
    return new KeyRow(e.name(), Markdown.code(e.name()), where(e.locations()), model, modelStatus, modelNotes, cells);
  }

  /**
   * Keys in the mapping table's order, each nested key right after the key that holds it ({@code deploy},
   * {@code deploy.replicas}...); keys gen does not know come last, by name.
   */
  private static List<KeyInventory.Entry> ordered(List<KeyInventory.Entry> entries, ComposeKeys.Scope scope) {
    Map<String, Integer> order = new HashMap<>();
    List<Rule> rules = ComposeKeys.rules();
    for (int i = 0; i < rules.size(); i++) {
      order.put(rules.get(i).id(), i);
    }
    java.util.function.ToIntFunction<KeyInventory.Entry> group = e -> {
      String first = e.name().split("[.\\[]", 2)[0];
      return ComposeKeys.rule(scope, first).map(r -> order.get(r.id())).orElse(Integer.MAX_VALUE);
    };
    java.util.function.Function<KeyInventory.Entry, String> resource = e -> {
      String[] parts = e.name().split("\\.", 3);
      return scope == ComposeKeys.Scope.PROJECT && parts.length > 1 ? parts[1] : "";
    };
    List<KeyInventory.Entry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparingInt(group)
        .thenComparing(resource)
        .thenComparingInt((KeyInventory.Entry e) -> e.rowId() == null ? Integer.MAX_VALUE
            : order.getOrDefault(e.rowId(), Integer.MAX_VALUE))
        .thenComparing(KeyInventory.Entry::name));
    return out;
  }

  /** {@code compose.yaml:12, 14, 20; web/Dockerfile:3}: the lines of each file, at most a few. */
  static String where(List<SourceLocation> locations) {
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    int shown = 0;
    for (SourceLocation l : locations) {
      if (!l.isKnown() || shown == MAX_LOCATIONS) {
        continue;
      }
      List<String> lines = byFile.computeIfAbsent(l.file(), k -> new ArrayList<>());
      String line = l.line() > 0 ? String.valueOf(l.line()) : "";
      if (!lines.contains(line)) {
        lines.add(line);
        shown++;
      }
    }
    List<String> parts = new ArrayList<>();
    byFile.forEach((file, lines) -> {
      List<String> known = lines.stream().filter(x -> !x.isEmpty()).toList();
      parts.add(known.isEmpty() ? file : file + ":" + String.join(", ", known));
    });
    String out = String.join("; ", parts);
    long total = locations.stream().filter(SourceLocation::isKnown).count();
    return total > shown ? out + " (+" + (total - shown) + " more)" : out;
  }

  private static String source(Project project, KeyInventory inventory) {
    TreeSet<String> files = new TreeSet<>();
    for (Service s : project.services()) {
      inventory.service(s.name()).forEach(e -> e.locations().forEach(l -> {
        if (l.isKnown()) {
          files.add(l.file());
        }
      }));
    }
    if (files.isEmpty()) {
      return project.source() == SourceKind.DOCKERFILES ? "Dockerfiles" : "compose files";
    }
    return String.join(", ", files);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    out.sort(Diagnostic.ORDER);
    return out;
  }

  private static ConversionReport.Diagnostics diagnostics(List<Diagnostic> all) {
    List<DiagnosticRow> rows = new ArrayList<>();
    int warnings = 0;
    int notices = 0;
    for (Diagnostic d : sorted(all)) {
      if (d.severity() == Severity.WARNING) {
        warnings++;
      } else if (d.severity() == Severity.NOTICE) {
        notices++;
      }
      rows.add(new DiagnosticRow(d.severity().label(), d.code(), d.location().isKnown() ? d.location().toString()
          : "", d.keyPath(), d.keyPath().isEmpty() ? "" : Markdown.code(d.keyPath()), d.message(), d.hint()));
    }
    return new ConversionReport.Diagnostics(warnings, notices, rows);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String anchor(String name, Map<String, Integer> taken) {
    String base = "service-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    int n = taken.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  /** Diagnostics by the service and key they are about, for each column (or for the input, column 0). */
  private static final class Attribution {
    private final KeyPaths paths;
    private final Map<String, List<Diagnostic>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Diagnostic>> byService = new LinkedHashMap<>();

    Attribution(KeyPaths paths) {
      this.paths = paths;
    }

    void add(Diagnostic d, int column) {
      KeyPaths.Resolved r = paths.resolve(d.keyPath());
      byKey.computeIfAbsent(key(r.service(), r.rowId(), column), k -> new ArrayList<>()).add(d);
      byService.computeIfAbsent(r.service() + "|" + column, k -> new ArrayList<>()).add(d);
    }

    private static String key(String service, String rowId, int column) {
      return service + "|" + rowId + "|" + column;
    }

    /**
     * What was said about one key row: the diagnostics that resolve to its key and are about the same entry (the
     * same top-level resource, or a service's {@code secrets} rather than its {@code configs}).
     */
    List<String> messages(String service, KeyInventory.Entry entry, int column) {
      List<String> out = new ArrayList<>();
      for (Diagnostic d : byKey.getOrDefault(key(service, entry.rowId(), column), List.of())) {
        String relative = service == null ? d.keyPath() : d.keyPath().substring(("services." + service).length())
            .replaceFirst("^\\.", "");
        if (first(relative).equals(first(entry.name()))
            && (service != null || relative.equals(entry.name()) || relative.startsWith(entry.name() + "."))) {
          out.add((d.severity() == Severity.NOTICE ? "notice: " : "") + d.message());
        }
      }
      return out;
    }

    /** A path's first key: {@code secrets} of {@code secrets[0].uid}. */
    private static String first(String path) {
      return path.split("[.\\[]", 2)[0];
    }

    /** The diagnostics about a service that no row of its keys shows. */
    List<Diagnostic> unclaimed(String service, int column, List<KeyInventory.Entry> rows) {
      List<Diagnostic> out = new ArrayList<>();
      for (Diagnostic d : byService.getOrDefault(service + "|" + column, List.of())) {
        String row = paths.resolve(d.keyPath()).rowId();
        if (row == null || rows.stream().noneMatch(e -> row.equals(e.rowId()))) {
          out.add(d);
        }
      }
      return out;
    }
  }
}
