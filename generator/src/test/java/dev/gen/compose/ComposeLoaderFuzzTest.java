package dev.gen.compose;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import dev.gen.testing.AllTargets;
import dev.gen.testing.FuzzProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the whole Compose loader the way the command line meets it: the input is written into a project directory
 * as {@code compose.yaml} (and, after a line {@code #.env}, the rest as the project's {@code .env}) and loaded. Either
 * a project or a located error. {@link #loadAndGenerate} goes on through the service model (checked against its
 * schema) and every target. Regression inputs are in {@code ComposeLoaderFuzzTestInputs/<method>/}; see
 * docs/testing.md for fuzzing.
 */
class ComposeLoaderFuzzTest {

  /** The line that separates the compose file from the {@code .env} in an input. */
  private static final byte[] ENV_MARKER = "\n#.env\n".getBytes(StandardCharsets.UTF_8);

  /** The process environment of every load: a few variables for interpolation to find. */
  private static final Map<String, String> ENVIRONMENT = Map.of("TAG", "1.27", "HOME", "/home/fuzz", "EMPTY", "",
      "PORT", "8080");

  @TempDir static Path root;

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void load(byte[] input) throws IOException {
    Path project = project(input);
    FuzzProperty.resultOrLocatedError(() -> ComposeLoader.load(
        ComposeRequest.of(List.of(Path.of("compose.yaml")), project, ENVIRONMENT), new Diagnostics()));
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void loadAndGenerate(byte[] input) throws IOException {
    Path project = project(input);
    Project model = FuzzProperty.resultOrLocatedError(() -> new InputLoader().load(
        InputRequest.of(List.of(Path.of("compose.yaml")), project, ENVIRONMENT), new Diagnostics()));
    if (model == null) {
      return;
    }
    for (AllTargets.Output output : AllTargets.all()) {
      FuzzProperty.resultOrLocatedError(() -> output.generate(model));
    }
  }

  /** Writes the input as a project: {@code compose.yaml}, and {@code .env} when the input has one. */
  private static Path project(byte[] input) throws IOException {
    Path dir = root.resolve("project");
    Files.createDirectories(dir);
    int marker = indexOf(input, ENV_MARKER);
    byte[] compose = marker < 0 ? input : Arrays.copyOfRange(input, 0, marker + 1);
    Files.write(dir.resolve("compose.yaml"), compose);
    Path env = dir.resolve(".env");
    if (marker < 0) {
      Files.deleteIfExists(env);
    } else {
      Files.write(env, Arrays.copyOfRange(input, marker + ENV_MARKER.length, input.length));
    }
    return dir;
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
