package dev.gen.dockerfile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gen.diag.Diagnostics;
import dev.gen.testing.FuzzProperty;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the whole Dockerfile loader (parser, instructions, stage graph, substitution, the image's facts) with
 * arbitrary text, once as gen reads a Dockerfile named on the command line (last stage, no build arguments, unknown
 * platform) and once as a compose build asks for it (a target stage, build arguments, a platform). Either facts or
 * a located error. Regression inputs are in {@code DockerfileFactsFuzzTestInputs/load/}; see docs/testing.md.
 */
class DockerfileFactsFuzzTest {

  private static final LoadOptions COMPOSE_BUILD = new LoadOptions("build",
      Map.of("VERSION", "1.0", "EMPTY", "", "HOST", "$(id)", "TARGETARCH", "riscv64"), "linux/arm64/v8");

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void load(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzProperty.resultOrLocatedError(
        () -> DockerfileLoader.loadText("Dockerfile", text, LoadOptions.defaults(), new Diagnostics()));
    FuzzProperty.resultOrLocatedError(
        () -> DockerfileLoader.loadText("Dockerfile", text, COMPOSE_BUILD, new Diagnostics()));
  }
}
