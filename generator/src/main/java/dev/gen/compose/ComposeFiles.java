package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which compose files a project is made of, as Compose decides (compose-go {@code cli/options.go}): the files asked
 * for; else {@code COMPOSE_FILE} (split on {@code COMPOSE_PATH_SEPARATOR}, {@code :} by default); else the first of
 * {@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml} found in the
 * directory or its parents, followed by its override file ({@code compose.override.yml}...) when there is one.
 */
public final class ComposeFiles {

  static final List<String> DEFAULT_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
  static final List<String> OVERRIDE_NAMES = List.of("compose.override.yml", "compose.override.yaml",
      "docker-compose.override.yml", "docker-compose.override.yaml");

  private ComposeFiles() {}

  static List<Path> resolve(List<Path> asked, Path workingDir, Path searchFrom, Map<String, String> environment,
      Diagnostics diagnostics) {
    List<Path> files = new ArrayList<>();
    if (!asked.isEmpty()) {
      for (Path p : asked) {
        files.add(workingDir.resolve(p).normalize());
      }
    } else if (environment.containsKey("COMPOSE_FILE")) {
      String sep = environment.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
      if (sep.isEmpty()) {
        sep = ":";
      }
      for (String p : environment.get("COMPOSE_FILE").split(java.util.regex.Pattern.quote(sep), -1)) {
        if (!p.isEmpty()) {
          files.add(workingDir.resolve(p).normalize());
        }
      }
    } else {
      files.addAll(discover(searchFrom, diagnostics));
    }
    if (files.isEmpty()) {
      throw GenException.at(SourceLocation.of(searchFrom.toString()), "", "compose.no-file",
          "no configuration file provided: not found (looked for " + String.join(", ", DEFAULT_NAMES) + " in "
              + searchFrom + " and its parents)");
    }
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        throw GenException.at(SourceLocation.of(f.toString()), "", "file.is-directory",
            f + " is a directory, not a compose file");
      }
      if (!Files.exists(f)) {
        throw GenException.at(SourceLocation.of(f.toString()), "", "file.not-found",
            "open " + f + ": no such file or directory");
      }
    }
    return files;
  }

  /**
   * The compose files Compose would use in {@code dir} itself (not its parents): the first of {@code compose.yaml},
   * {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml}, then its override file if there is
   * one; empty when there is none. Several candidates are a warning, as in Compose.
   */
  public static List<Path> inDirectory(Path dir, Diagnostics diagnostics) {
    return found(dir, diagnostics);
  }

  private static List<Path> discover(Path start, Diagnostics diagnostics) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      List<Path> files = found(dir, diagnostics);
      if (!files.isEmpty()) {
        return files;
      }
    }
    return List.of();
  }

  private static List<Path> found(Path dir, Diagnostics diagnostics) {
    List<Path> candidates = existing(dir, DEFAULT_NAMES);
    if (candidates.isEmpty()) {
      return List.of();
    }
    Path winner = candidates.get(0);
    if (candidates.size() > 1) {
      diagnostics.warn("compose.multiple-files", "Found multiple config files with supported names: "
          + String.join(", ", candidates.stream().map(Path::toString).toList()) + "; using " + winner,
          SourceLocation.of(winner.toString()), "");
    }
    List<Path> overrides = existing(dir, OVERRIDE_NAMES);
    if (overrides.isEmpty()) {
      return List.of(winner);
    }
    if (overrides.size() > 1) {
      diagnostics.warn("compose.multiple-files", "Found multiple override files with supported names: "
          + String.join(", ", overrides.stream().map(Path::toString).toList()) + "; using " + overrides.get(0),
          SourceLocation.of(overrides.get(0).toString()), "");
    }
    return List.of(winner, overrides.get(0));
  }

  private static List<Path> existing(Path dir, List<String> names) {
    List<Path> found = new ArrayList<>();
    for (String n : names) {
      Path p = dir.resolve(n);
      if (Files.isRegularFile(p)) {
        found.add(p);
      }
    }
    return found;
  }
}
