package dev.gen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's {@code fixtures/} folder from a test, wherever Maven runs the module from. */
public final class Fixtures {

  private static final Path ROOT = findRoot();

  private Fixtures() {}

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("fixtures")) && Files.isRegularFile(p.resolve("pom.xml"))
          && Files.isDirectory(p.resolve("generator"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository root (with fixtures/) above " + dir);
  }

  /** The repository root. */
  public static Path repositoryRoot() {
    return ROOT;
  }

  /** {@code fixtures/} itself. */
  public static Path root() {
    return ROOT.resolve("fixtures");
  }

  /** {@code fixtures/<name>}, which must exist. */
  public static Path fixture(String name) {
    Path p = root().resolve(name);
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("no fixture " + p);
    }
    return p;
  }

  /** The names of the projects: the folders of {@code fixtures/}, but {@code conformance/} (others' test suites). */
  public static List<String> projects() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("conformance"))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
