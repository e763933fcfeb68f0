package dev.gen.graph.layout;

/**
 * Spacing and wrapping.
 *
 * @param maxPerRow the most real nodes one row holds; a wider layer is wrapped into several rows
 * @param nodeGap the horizontal space between two boxes
 * @param rowGap the vertical space between two rows, where the edges bend
 * @param dummyWidth the width an edge passing through a row keeps free
 * @param margin the space around the drawing
 * @param top extra space above the first row (for a title)
 */
public record LayoutOptions(int maxPerRow, double nodeGap, double rowGap, double dummyWidth, double margin,
    double top) {

  public LayoutOptions {
    if (maxPerRow < 1) {
      throw new IllegalArgumentException("maxPerRow must be at least 1");
    }
  }

  public static LayoutOptions defaults() {
    return new LayoutOptions(8, 36, 72, 14, 24, 0);
  }

  public LayoutOptions withTop(double newTop) {
    return new LayoutOptions(maxPerRow, nodeGap, rowGap, dummyWidth, margin, newTop);
  }

  public LayoutOptions withMaxPerRow(int perRow) {
    return new LayoutOptions(perRow, nodeGap, rowGap, dummyWidth, margin, top);
  }
}
