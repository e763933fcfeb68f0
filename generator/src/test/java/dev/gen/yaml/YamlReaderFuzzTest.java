package dev.gen.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gen.testing.FuzzProperty;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the YAML reader with arbitrary bytes: a located tree or a located error, nothing else. Regression inputs
 * (seeds and every crash found) are in {@code YamlReaderFuzzTestInputs/readAll/}; see docs/testing.md for fuzzing.
 */
class YamlReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAll(byte[] input) {
    List<YNode> documents = FuzzProperty.resultOrLocatedError(() -> new YamlReader().readAll(input, "fuzz.yaml"));
    if (documents != null) {
      for (YNode document : documents) {
        // the JSON form is what gen config prints: it must exist for every tree the reader accepts
        FuzzProperty.resultOrLocatedError(() -> YJson.write(document));
      }
    }
  }
}
