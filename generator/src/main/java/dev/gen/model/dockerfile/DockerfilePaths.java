package dev.gen.model.dockerfile;

import java.nio.file.Path;

/** How a Dockerfile is named in locations: relative to the project directory with {@code /}, else absolute. */
final class DockerfilePaths {

  private DockerfilePaths() {}

  static String display(Path file, Path projectDirectory) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(projectDirectory) && !abs.equals(projectDirectory)) {
      return projectDirectory.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString().replace('\\', '/');
  }
}
