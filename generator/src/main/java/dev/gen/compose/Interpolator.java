package dev.gen.compose;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.List;

/**
 * Replaces variables in every string value of a document (never in keys), then converts the string fields Compose
 * reads as numbers or booleans ({@link TypeCasts}). Unset variables become empty strings with a warning; a required
 * variable that is missing or a malformed expression is a located error in Compose's words.
 */
final class Interpolator {

  private final Template.Lookup lookup;
  private final Diagnostics diagnostics;

  Interpolator(Template.Lookup lookup, Diagnostics diagnostics) {
    this.lookup = lookup;
    this.diagnostics = diagnostics;
  }

  YMap apply(YMap document) {
    return (YMap) walk(document, KeyPath.ROOT);
  }

  /** Interpolates a single value (for {@code name:} before the document is read in full). */
  String apply(String value, YScalar at, KeyPath path) {
    return substitute(value, at, path);
  }

  private YNode walk(YNode node, KeyPath path) {
    if (node instanceof YMap m) {
      for (String k : Nodes.keys(m)) {
        YNode v = m.get(k);
        YNode nv = walk(v, path.key(k));
        if (nv != v) {
          m.put(k, nv);
        }
      }
      return m;
    }
    if (node instanceof YSeq s) {
      List<YNode> items = s.mutableItems();
      for (int i = 0; i < items.size(); i++) {
        items.set(i, walk(items.get(i), path.index(i)));
      }
      return s;
    }
    YScalar s = (YScalar) node;
    if (!(s.value() instanceof String str)) {
      return s;
    }
    String value = substitute(str, s, path);
    TypeCasts.Cast cast = TypeCasts.castFor(path);
    if (cast != null) {
      try {
        return new YScalar(TypeCasts.cast(cast, value, s, path, diagnostics), value, false, s.location(), s.tag());
      } catch (TypeCasts.CastException e) {
        throw GenException.at(s.location(), path.toString(), "compose.interpolation", "error while interpolating "
            + path.goStyle(true) + ": failed to cast to expected type: " + e.getMessage());
      }
    }
    if (value.equals(str)) {
      return s;
    }
    return new YScalar(value, value, false, s.location(), s.tag());
  }

  private String substitute(String value, YScalar at, KeyPath path) {
    try {
      return Template.substitute(value, lookup, name -> diagnostics.add(Diagnostic.warning(
          "compose.variable-unset", "The " + GoValues.quote(name) + " variable is not set. Defaulting to a blank string.",
          at.location(), path.toString())));
    } catch (Template.TemplateException e) {
      String where = path.goStyle(true);
      String message = e.invalidFormat()
          ? "invalid interpolation format for " + where + ".\nYou may need to escape any $ with another $.\n"
              + e.template()
          : "error while interpolating " + where + ": " + e.getMessage();
      throw GenException.at(at.location(), path.toString(), "compose.interpolation", message);
    }
  }
}
