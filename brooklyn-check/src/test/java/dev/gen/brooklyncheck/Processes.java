package dev.gen.brooklyncheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion with a time limit, and returns its output (stdout and stderr together). */
final class Processes {

  private Processes() {}

  record Result(int exitCode, String output) {
    Result orFail(String what) {
      if (exitCode != 0) {
        throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + output);
      }
      return this;
    }
  }

  static Result run(List<String> command, Path stdin, long timeoutSeconds) {
    try {
      Path out = Files.createTempFile("gen-process", ".out");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
      if (stdin != null) {
        pb.redirectInput(stdin.toFile());
      }
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + "s");
      }
      String output = Files.readString(out, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      return new Result(p.exitValue(), output);
    } catch (IOException e) {
      return new Result(127, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Result run(String... command) {
    return run(List.of(command), null, 120);
  }

  /** True when {@code program} is an executable on the PATH (or an absolute path). */
  static boolean available(String program) {
    if (program.startsWith("/")) {
      return Files.isExecutable(Path.of(program));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
