package dev.gen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a directory tree: what staging directories and temporary projects need when they are done. */
public final class Trees {

  private Trees() {}

  /** Deletes the tree at root, deepest first; a symbolic link is deleted itself, never followed. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  /** {@link #delete} for callers that cannot recover from a failure either. */
  public static void deleteUnchecked(Path root) {
    try {
      delete(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
