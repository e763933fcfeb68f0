package dev.gen.input;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Dockerfiles below a directory, sorted by path. Symbolic links are not followed (neither to folders nor to
 * files: a link may lead out of the project or round in a loop); hidden folders and the folders where package
 * managers and builds put other people's code or their output are skipped, as is anything deeper than
 * {@value #MAX_DEPTH} levels.
 */
final class DockerfileScan {

  static final int MAX_DEPTH = 16;

  /** Folders that hold dependencies or build output, never a service of the project. */
  static final Set<String> SKIPPED = Set.of("node_modules", "vendor", "target", "bower_components", "__pycache__",
      "site-packages", "venv");

  private DockerfileScan() {}

  static List<Path> find(Path directory) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(directory)) {
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName().toString();
              return name.startsWith(".") || SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && DockerfileNames.isDockerfile(file.getFileName().toString())) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // unreadable: not ours to report, the scan goes on
            }
          });
    } catch (IOException e) {
      throw GenException.at(SourceLocation.of(directory.toString()), "", "input.unreadable",
          "cannot read the directory " + directory + ": " + e.getMessage());
    }
    found.sort(null);
    return found;
  }
}
