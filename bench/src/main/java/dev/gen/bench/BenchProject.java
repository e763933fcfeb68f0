package dev.gen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A synthetic project written to a temporary directory for the length of a benchmark, then deleted. */
final class BenchProject implements AutoCloseable {

  final Path directory;
  final Path composeFile;

  BenchProject(int services) {
    try {
      directory = Files.createTempDirectory("gen-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    composeFile = SyntheticProject.write(services, directory);
  }

  @Override
  public void close() {
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
