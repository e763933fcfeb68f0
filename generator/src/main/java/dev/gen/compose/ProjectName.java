package dev.gen.compose;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project name, by Compose's precedence: {@code -p}, then {@code COMPOSE_PROJECT_NAME} (both must already be
 * valid names), then the last {@code name:} of the compose files (interpolated, then normalized), then the project
 * directory's name (normalized). Normalizing lowercases and keeps {@code [a-z0-9_-]}, without leading {@code _} or
 * {@code -}.
 */
public final class ProjectName {

  private ProjectName() {}

  static String resolve(String explicit, Map<String, String> environment, Map<Path, List<YNode>> documents,
      List<Path> files, Path projectDirectory, boolean interpolate, Diagnostics diagnostics) {
    if (explicit != null && !explicit.isEmpty()) {
      return validated(explicit, true);
    }
    String fromEnv = environment.get("COMPOSE_PROJECT_NAME");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return validated(fromEnv, false);
    }
    YScalar declared = null;
    for (Path f : files) {
      for (YNode doc : documents.getOrDefault(f, List.of())) {
        if (doc instanceof YMap m && m.get("name") instanceof YScalar s && s.value() != null
            && !GoValues.sprint(s.value()).isEmpty()) {
          declared = s;
        }
      }
    }
    if (declared != null) {
      String name = GoValues.sprint(declared.value());
      if (interpolate) {
        name = new Interpolator(environment::get, diagnostics).apply(name, declared, KeyPath.ROOT.key("name"));
      }
      name = normalize(name);
      if (!name.isEmpty()) {
        return name;
      }
    }
    Path dir = projectDirectory.getFileName();
    return normalize(dir == null ? "" : dir.toString());
  }

  /**
   * The name of a project that has no compose file (a folder of Dockerfiles), by the same precedence: {@code -p},
   * then {@code COMPOSE_PROJECT_NAME}, then {@code directory}'s name, normalized.
   *
   * @throws GenException when an explicit name is not valid, or no name is left
   */
  public static String forDirectory(String explicit, Map<String, String> environment, Path directory) {
    String name = resolve(explicit, environment, Map.of(), List.of(), directory.toAbsolutePath().normalize(), false,
        new Diagnostics());
    if (name.isEmpty()) {
      throw GenException.at(SourceLocation.of(directory.toString()), "", "compose.project-name",
          "project name must not be empty").withHint("name the project with -p NAME");
    }
    return name;
  }

  static String normalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        sb.append(c);
      }
    }
    int start = 0;
    while (start < sb.length() && (sb.charAt(start) == '_' || sb.charAt(start) == '-')) {
      start++;
    }
    return sb.substring(start);
  }

  /**
   * The name when it is already valid.
   *
   * @param fromCommandLine true for {@code -p} (a usage error), false for {@code COMPOSE_PROJECT_NAME} (an input
   *     error that names the variable)
   */
  private static String validated(String name, boolean fromCommandLine) {
    if (!normalize(name).equals(name)) {
      String message = "invalid project name " + GoValues.quote(name) + ": must consist only of lowercase"
          + " alphanumeric characters, hyphens, and underscores as well as start with a letter or number";
      throw fromCommandLine
          ? new GenException(List.of(Diagnostic.error("compose.project-name", message, SourceLocation.UNKNOWN, "")),
              GenException.EXIT_USAGE)
          : GenException.at(SourceLocation.UNKNOWN, "", "compose.project-name", message + " (COMPOSE_PROJECT_NAME)")
              .withHint("normalized, it would be " + GoValues.quote(normalize(name)));
    }
    return name;
  }
}
