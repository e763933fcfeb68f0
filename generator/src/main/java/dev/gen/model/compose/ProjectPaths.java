package dev.gen.model.compose;

import dev.gen.yaml.YNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns the absolute paths of a normalized project into the model's form: relative to the project directory with
 * {@code /} separators ({@code .} for the directory itself), absolute when outside it, so that nothing generated
 * depends on where the project is checked out.
 */
final class ProjectPaths {

  private final Path projectDirectory;

  ProjectPaths(Path projectDirectory) {
    this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
  }

  /**
   * The model form of {@code path}; a path that is not absolute (the loader left it as written, for example
   * {@code ~/x}) is kept with only its separators normalized.
   *
   * @throws InvalidPathException when the text cannot be a path on this system (a NUL byte, say)
   */
  String relative(String path) {
    Path p = Path.of(path);
    if (!p.isAbsolute()) {
      return slashes(p.normalize().toString());
    }
    Path normalized = p.normalize();
    if (!normalized.startsWith(projectDirectory)) {
      return slashes(normalized.toString());
    }
    String relative = slashes(projectDirectory.relativize(normalized).toString());
    return relative.isEmpty() ? "." : relative;
  }

  /** {@link #relative(String)} of a value read from {@code node}; a text that is no path is a located error. */
  String relative(String path, YNode node, String keyPath) {
    try {
      return relative(path);
    } catch (InvalidPathException e) {
      throw Values.invalid(node, keyPath, "a file system path");
    }
  }

  /** True for the names Compose gives remote build contexts: URLs and scp-like git addresses. */
  static boolean isRemote(String context) {
    return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
