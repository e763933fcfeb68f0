package dev.gen.report;

import java.util.List;

/**
 * What {@code report.md} and {@code report.html} say, as their templates read it: strings are raw (each template
 * escapes them in its language), code spans for Markdown are made already ({@code *Md} fields).
 *
 * @param project the project's name
 * @param source what the project was read from, in words
 * @param size how many services and dependencies it has, in words
 * @param columns the targets reported on, in table order
 * @param input what loading the project reported
 * @param services one section per service, by name
 * @param projectKeys the keys outside the services (top-level resources)
 * @param mermaid the topology as a Mermaid flowchart, for Markdown viewers that draw it
 * @param svg the topology as SVG, made safe by its own template (inserted raw into the HTML)
 */
public record ConversionReport(
    String project,
    String source,
    String size,
    List<Column> columns,
    Diagnostics input,
    List<ServiceSection> services,
    List<KeyRow> projectKeys,
    String mermaid,
    String svg) {

  public boolean hasProjectKeys() {
    return !projectKeys.isEmpty();
  }

  /**
   * One target.
   *
   * @param id its column id, for anchors
   * @param title its column's title
   * @param options the options it ran with, or empty
   * @param optionsMd the options as a Markdown code span, or empty
   * @param diagnostics what it reported
   * @param failure the error that stopped it, or empty
   */
  public record Column(String id, String title, String options, String optionsMd, Diagnostics diagnostics,
      String failure) {
    public boolean hasOptions() {
      return !options.isEmpty();
    }

    public boolean failed() {
      return !failure.isEmpty();
    }
  }

  /** A list of warnings and notices, with their counts. */
  public record Diagnostics(int warnings, int notices, List<DiagnosticRow> rows) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /**
   * One warning or notice.
   *
   * @param severity {@code warning} or {@code notice}
   * @param where {@code file:line:column}, or empty
   * @param keyPath the key path, or empty
   * @param keyPathMd the key path as a Markdown code span, or empty
   */
  public record DiagnosticRow(String severity, String code, String where, String keyPath, String keyPathMd,
      String message, String hint) {
    public boolean hasHint() {
      return !hint.isEmpty();
    }

    public boolean hasKeyPath() {
      return !keyPath.isEmpty();
    }
  }

  /**
   * One service.
   *
   * @param anchor a fragment id made of safe characters
   * @param origin the image or where it is built from
   * @param keys its keys, in the mapping table's order
   * @param notes what a target said about the service as a whole, or about a key it does not use
   */
  public record ServiceSection(String name, String anchor, String origin, List<KeyRow> keys, List<Note> notes) {
    public boolean hasNotes() {
      return !notes.isEmpty();
    }
  }

  /**
   * One key as the project uses it.
   *
   * @param key the key relative to its service ({@code ports[].published})
   * @param keyMd the key as a Markdown code span
   * @param where where it is written, as {@code file:line}, lines of one file joined
   * @param model what the model made of it
   * @param modelStatus {@code carried}, {@code not-carried} or {@code unknown}, for styling
   * @param modelNotes what loading said about this key
   * @param cells one per target column
   */
  public record KeyRow(String key, String keyMd, String where, String model, String modelStatus,
      List<String> modelNotes, List<Cell> cells) {
    public boolean hasModelNotes() {
      return !modelNotes.isEmpty();
    }
  }

  /**
   * What one target made of one key.
   *
   * @param status {@code carried}, {@code partly}, {@code not-carried}, {@code not-needed} or {@code none} (the
   *     model does not carry the key, so no target sees it), for styling
   * @param symbol the status as one character
   * @param text the mapping table's words
   * @param warnings what the target said about this key in this project
   */
  public record Cell(String status, String symbol, String text, List<String> warnings) {
    public boolean hasWarnings() {
      return !warnings.isEmpty();
    }
  }

  /** What a target said that belongs to no key row. */
  public record Note(String target, String severity, String message, String keyPath) {
    public boolean hasKeyPath() {
      return !keyPath.isEmpty();
    }
  }
}
