package dev.gen.graph.layout;

import java.util.List;

/** The shapes a layout is made of. */
public final class Geometry {

  private Geometry() {}

  /** A width and height. */
  public record Size(double width, double height) {
    public static final Size NONE = new Size(0, 0);

    public boolean isEmpty() {
      return width <= 0 || height <= 0;
    }
  }

  public record Point(double x, double y) {}

  /** An axis-aligned rectangle: {@code x}, {@code y} is the top left corner. */
  public record Rect(double x, double y, double width, double height) {

    public double centerX() {
      return x + width / 2;
    }

    public double bottom() {
      return y + height;
    }

    public double right() {
      return x + width;
    }

    /** The area this rectangle shares with {@code o}. */
    public double overlap(Rect o) {
      double w = Math.min(right(), o.right()) - Math.max(x, o.x);
      double h = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
      return w > 0 && h > 0 ? w * h : 0;
    }
  }

  /** One piece of a path: a straight line or a cubic Bézier curve to {@code to}. */
  public sealed interface Segment permits Line, Curve {
    Point to();
  }

  public record Line(Point to) implements Segment {}

  public record Curve(Point c1, Point c2, Point to) implements Segment {

    /** The point at parameter {@code t} of the curve that starts at {@code from}. */
    public Point at(Point from, double t) {
      double u = 1 - t;
      double x = u * u * u * from.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * to.x();
      double y = u * u * u * from.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * to.y();
      return new Point(x, y);
    }
  }

  /** A path: a start and the segments that follow it. */
  public record Path(Point start, List<Segment> segments) {

    public Path {
      segments = List.copyOf(segments);
    }

    public Point end() {
      return segments.isEmpty() ? start : segments.get(segments.size() - 1).to();
    }

    /** The same path, drawn from its end to its start. */
    public Path reversed() {
      java.util.ArrayList<Segment> out = new java.util.ArrayList<>();
      for (int i = segments.size() - 1; i >= 0; i--) {
        Point to = i == 0 ? start : segments.get(i - 1).to();
        Segment s = segments.get(i);
        out.add(s instanceof Curve c ? new Curve(c.c2(), c.c1(), to) : new Line(to));
      }
      return new Path(end(), out);
    }
  }
}
