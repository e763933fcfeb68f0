package dev.gen.dockerfile.dispatch;

import dev.gen.dockerfile.gocompat.GoStrings;
import dev.gen.dockerfile.shell.LexResult;
import dev.gen.dockerfile.shell.ShellEnv;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables substitution sees at one point of a build: BuildKit's build state environment (the base image's
 * environment, then ENV and ARG values in order, the later winning) or, for FROM lines, the global ARGs.
 *
 * <p>gen does not read base images, so a name the Dockerfile does not define is unknown (left as written) in a
 * stage built on an image, and unset in a stage built {@code FROM scratch} or in the global scope. A value may
 * itself contain unknown references; they are tracked so that everything derived from it is marked too.
 */
final class DispatchEnv implements ShellEnv {

  /** A variable's value; {@code unknown} when gen cannot know it at all. */
  record Value(String value, List<String> unresolved, boolean unknown) {}

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, String> keyCase = new LinkedHashMap<>();
  private final boolean undefinedIsUnknown;
  private final boolean caseInsensitive;

  DispatchEnv(boolean undefinedIsUnknown, boolean caseInsensitive) {
    this.undefinedIsUnknown = undefinedIsUnknown;
    this.caseInsensitive = caseInsensitive;
  }

  DispatchEnv copy() {
    DispatchEnv c = new DispatchEnv(undefinedIsUnknown, caseInsensitive);
    c.values.putAll(values);
    c.keyCase.putAll(keyCase);
    return c;
  }

  boolean undefinedIsUnknown() {
    return undefinedIsUnknown;
  }

  private String norm(String key) {
    return caseInsensitive ? GoStrings.toUpper(key) : key;
  }

  void set(String key, String value, Collection<String> unresolved) {
    values.put(norm(key), new Value(value, List.copyOf(unresolved), false));
    keyCase.put(norm(key), key);
  }

  void setUnknown(String key) {
    values.put(norm(key), new Value(null, List.of(key), true));
    keyCase.put(norm(key), key);
  }

  Value entry(String key) {
    return values.get(norm(key));
  }

  boolean contains(String key) {
    return values.containsKey(norm(key));
  }

  /** How many names are defined. */
  int size() {
    return values.size();
  }

  /** The names defined, as last written. */
  List<String> keys() {
    return new ArrayList<>(keyCase.values());
  }

  @Override
  public String get(String name) {
    Value v = values.get(norm(name));
    return v == null || v.unknown() ? null : v.value();
  }

  @Override
  public boolean isUnknown(String name) {
    Value v = values.get(norm(name));
    return v == null ? undefinedIsUnknown : v.unknown();
  }

  /** Every variable a substitution result depends on that gen cannot know, in the order met. */
  List<String> unresolvedOf(LexResult result) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : result.matched()) {
      Value v = entry(name);
      if (v != null) {
        out.addAll(v.unresolved());
      }
    }
    out.addAll(result.unknown());
    return List.copyOf(out);
  }
}
