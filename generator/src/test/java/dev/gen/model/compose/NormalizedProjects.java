package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.yaml.YJson;
import dev.gen.yaml.YMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Normalized projects as the reference loader prints them ({@code docker compose config --format json}), with its
 * {@code <PROJECT_DIR>} and {@code <ROOT>} placeholders replaced by fixed absolute directories, so that the mapper
 * sees what the real loader gives it: absolute paths.
 */
final class NormalizedProjects {

  static final Path PROJECT_DIR = Path.of("/work/project");
  static final String ROOT = "/work/elsewhere";

  private NormalizedProjects() {}

  /** Reads a normalized project; every node is located at {@code fileName}. */
  static YMap read(Path json, String fileName) {
    try {
      return parse(Files.readString(json), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static YMap parse(String json, String fileName) {
    String text = json.replace("<PROJECT_DIR>", PROJECT_DIR.toString()).replace("<ROOT>", ROOT);
    return (YMap) YJson.parse(text, fileName);
  }

  /** The resource {@code model/<name>} of the test class path's source folder. */
  static Path resource(String name) {
    return dev.gen.testing.Fixtures.repositoryRoot()
        .resolve("generator/src/test/resources/model").resolve(name);
  }

  static Project map(YMap normalized, Diagnostics diagnostics) {
    return new ComposeModelMapper().map(normalized, PROJECT_DIR, diagnostics);
  }
}
