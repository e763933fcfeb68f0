package dev.gen.dockerfile.shell;

import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a substitution sees. A name is either set (with a value, possibly empty), unset, or unknown: gen
 * cannot know it because it comes from outside the Dockerfile (a base image's environment, the build platform). An
 * unknown variable is left as written ({@code $NAME}, {@code ${NAME:-x}}) and reported in
 * {@link LexResult#unknown()}, never silently replaced by an empty string.
 */
public interface ShellEnv {

  /** No variables at all: every name is unset. */
  ShellEnv EMPTY = name -> null;

  /** The value of {@code name}, or null when it is not set. */
  String get(String name);

  /** Whether an unset {@code name} may in fact be set where gen cannot see. Only asked when {@link #get} is null. */
  default boolean isUnknown(String name) {
    return false;
  }

  /** A fixed set of variables; later duplicates win. */
  static ShellEnv of(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    return copy::get;
  }

  /**
   * Variables from {@code KEY=value} strings (a string without {@code =} sets the key to the empty string), as
   * BuildKit's {@code EnvsFromSlice}. With {@code caseInsensitive} (Windows), names match whatever their case.
   */
  static ShellEnv fromList(List<String> entries, boolean caseInsensitive) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String e : entries) {
      int eq = e.indexOf('=');
      String key = eq < 0 ? e : e.substring(0, eq);
      String value = eq < 0 ? "" : e.substring(eq + 1);
      values.put(caseInsensitive ? GoStrings.toUpper(key) : key, value);
    }
    return caseInsensitive ? name -> values.get(GoStrings.toUpper(name)) : values::get;
  }
}
