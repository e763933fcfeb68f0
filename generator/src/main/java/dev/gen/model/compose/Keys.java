package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.model.compose.ComposeKeys.Treatment;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one mapping of the normalized project, as a mapper reads them: every key it {@link #take}s is
 * carried, and {@link #finish} reports each key it left, following {@link ComposeKeys}. That is how "every key is
 * either carried into the model or reported" holds without a list of keys to keep in step by hand.
 */
final class Keys {

  static final String UNMAPPED = "model.unmapped-key";
  static final String EXTENSION_IGNORED = "model.extension-ignored";

  private final YMap map;
  private final Scope scope;
  private final String path;
  private final Diagnostics diagnostics;
  private final Set<String> taken = new HashSet<>();

  Keys(YMap map, Scope scope, String path, Diagnostics diagnostics) {
    this.map = map;
    this.scope = scope;
    this.path = path;
    this.diagnostics = diagnostics;
  }

  /** The value of {@code key} (null when absent), which the caller carries into the model. */
  YNode take(String key) {
    taken.add(key);
    return map.get(key);
  }

  boolean has(String key) {
    return map.has(key);
  }

  /** The key path of {@code key} inside this mapping, such as {@code services.web.ports}. */
  String path(String key) {
    return child(path, key);
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  SourceLocation keyLocation(String key) {
    return map.keyLocation(key);
  }

  String path() {
    return path;
  }

  YMap map() {
    return map;
  }

  /** Reports every key not taken: an extension as a notice, anything else the table says to report as a warning. */
  void finish() {
    for (String key : map.keys()) {
      if (taken.contains(key)) {
        continue;
      }
      YNode value = map.get(key);
      SourceLocation at = map.keyLocation(key);
      String keyPath = path(key);
      if (key.startsWith("x-")) {
        String where = key.equals("x-juju") || key.equals("x-brooklyn")
            ? key + " is only read at the top level and on services; ignored here"
            : "extension " + key + " is ignored";
        diagnostics.notice(EXTENSION_IGNORED, where, at, keyPath);
        continue;
      }
      Optional<Rule> rule = ComposeKeys.rule(scope, key);
      if (rule.isEmpty()) {
        diagnostics.warn(UNMAPPED, key + " is not a key gen knows here; it is not carried over", at, keyPath);
      } else if (rule.get().reports(value)) {
        diagnostics.warn(UNMAPPED, key + " is not carried over: " + rule.get().detail(), at, keyPath);
      } else if (rule.get().treatment() == Treatment.MAPPED) {
        // the table promises this key is carried but the mapper did not read it: say so rather than lose it
        diagnostics.warn(UNMAPPED, key + " was not carried over (gen does not read it here yet)", at, keyPath);
      }
    }
  }
}
