package dev.gen.cli;

import dev.gen.diag.GenException;
import dev.gen.render.TemplateIndex;
import java.util.List;
import java.util.TreeSet;

/** The built-in templates by target: {@code charm}, {@code charm/k8s}, or {@code all}. */
final class BuiltInTemplates {

  static final String ALL = "all";

  private BuiltInTemplates() {}

  /** The targets: the first folder of each template's path ({@code blueprint}, {@code bundle}, {@code charm}...). */
  static List<String> targets() {
    TreeSet<String> t = new TreeSet<>();
    for (String name : TemplateIndex.builtIn()) {
      t.add(name.substring(0, Math.max(0, name.indexOf('/'))));
    }
    t.remove("");
    return List.copyOf(t);
  }

  /** The templates of a target, or of any folder below one ({@code charm/k8s}); all of them for null or "all". */
  static List<String> of(String target) {
    List<String> all = TemplateIndex.builtIn();
    if (target == null || target.equals(ALL)) {
      return all;
    }
    String prefix = target.endsWith("/") ? target : target + "/";
    List<String> selected = all.stream().filter(n -> n.startsWith(prefix) || n.equals(target)).toList();
    if (selected.isEmpty()) {
      throw GenException.usage("no built-in templates for '" + target + "'; the targets are "
          + String.join(", ", targets()) + " (or " + ALL + ", or a folder below a target such as charm/k8s)");
    }
    return selected;
  }
}
