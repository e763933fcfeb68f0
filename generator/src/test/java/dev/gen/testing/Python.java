package dev.gen.testing;

import dev.gen.render.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs python3 on generated files in a temporary directory (tests only). */
public final class Python {

  private Python() {}

  /** The result of a run. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Writes a tree below {@code dir}. */
  public static void write(FileTree tree, Path dir) {
    try {
      for (FileTree.GeneratedFile f : tree.files().values()) {
        Path p = dir.resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.write(p, f.content());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code python3 args...} in {@code dir} with the given extra environment; at most 60 seconds. */
  public static Result run(Path dir, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    try {
      Path out = Files.createTempFile("py-out", ".txt");
      Path err = Files.createTempFile("py-err", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("python3 did not finish in 60 s: " + command);
      }
      Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
