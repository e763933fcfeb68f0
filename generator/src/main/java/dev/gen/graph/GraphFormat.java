package dev.gen.graph;

import java.util.Locale;
import java.util.Optional;

/** The forms {@code gen graph} writes. */
public enum GraphFormat {
  SVG("svg"),
  MERMAID("mmd"),
  DOT("dot");

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name asks for by its extension ({@code .svg}, {@code .mmd}/{@code .mermaid}, {@code .dot}/{@code .gv}). */
  public static Optional<GraphFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return Optional.of(SVG);
    }
    if (name.endsWith(".mmd") || name.endsWith(".mermaid")) {
      return Optional.of(MERMAID);
    }
    if (name.endsWith(".dot") || name.endsWith(".gv")) {
      return Optional.of(DOT);
    }
    return Optional.empty();
  }
}
