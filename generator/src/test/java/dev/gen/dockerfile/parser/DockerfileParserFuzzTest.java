package dev.gen.dockerfile.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gen.diag.Diagnostics;
import dev.gen.dockerfile.instructions.DockerfileStages;
import dev.gen.testing.FuzzProperty;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Dockerfile parser with arbitrary bytes, as a file on disk reaches it: the source checks, the parser
 * (and BuildKit's AST dump of what it made) and the typed instructions and stages. Either a result or a located
 * error. Regression inputs are in {@code DockerfileParserFuzzTestInputs/parse/}; see docs/testing.md for fuzzing.
 */
class DockerfileParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(byte[] input) {
    FuzzProperty.runOrLocatedError(() -> {
      ParseResult parsed = DockerfileParser.parse(DockerfileSource.of("Dockerfile", input));
      AstDump.dump(parsed);
      DockerfileStages.of(parsed, new Diagnostics());
    });
  }
}
