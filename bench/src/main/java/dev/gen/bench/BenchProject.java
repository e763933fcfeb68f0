package dev.gen.bench;

import dev.gen.write.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    Trees.deleteUnchecked(directory);
  }
}
