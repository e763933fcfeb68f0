package dev.gen.dockerfile.shell;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gen.testing.FuzzProperty;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes BuildKit's shell-word lexer. The first byte of an input chooses the options (bit 0: backtick as the
 * escape character instead of backslash; bits 1 to 4: raw quotes, raw escapes, skip quote processing, skip unset
 * variables); the rest is the text, substituted in an environment with set, empty, unknown and long variables.
 * Either a result or a {@link ShellLexException} (BuildKit's error, or gen's limits), nothing else. Regression
 * inputs are in {@code ShellLexFuzzTestInputs/process/}; see docs/testing.md.
 */
class ShellLexFuzzTest {

  private static final Map<String, String> VARIABLES = Map.of("A", "a", "EMPTY", "", "SPACED", " x  y ",
      "PATTERN", "*?[a-z]\\", "LONG", "z".repeat(100_000), "QUOTES", "'\"`$");

  private static final ShellEnv ENV = new ShellEnv() {
    @Override
    public String get(String name) {
      return VARIABLES.get(name);
    }

    @Override
    public boolean isUnknown(String name) {
      return name.startsWith("BASE");
    }
  };

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void process(byte[] input) {
    int flags = input.length == 0 ? 0 : input[0];
    String text = new String(input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length),
        StandardCharsets.UTF_8);
    ShellLex lex = ShellLex.withEscape((flags & 1) == 0 ? '\\' : '`')
        .rawQuotes((flags & 2) != 0)
        .rawEscapes((flags & 4) != 0)
        .skipProcessQuotes((flags & 8) != 0)
        .skipUnsetEnv((flags & 16) != 0);
    long allocated = FuzzProperty.allocated();
    long start = FuzzProperty.cpuNanos();
    try {
      LexResult result = lex.process(text, ENV);
      if (result.word() == null || result.words() == null) {
        throw new AssertionError("a result without a word");
      }
    } catch (ShellLexException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("an error without a message", e);
      }
    } finally {
      FuzzProperty.checkBudget(start, allocated);
    }
  }
}
