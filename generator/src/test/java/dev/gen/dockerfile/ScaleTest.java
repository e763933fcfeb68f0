package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.dockerfile.parser.AstDump;
import dev.gen.dockerfile.parser.DockerfileParser;
import dev.gen.dockerfile.parser.DockerfileSource;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Large inputs shaped to hit every loop of the loader: each must finish within the time limit, which a quadratic
 * step would not (2 MiB is some 60 000 lines; a step quadratic in them would take minutes). The time limit is
 * generous because the build machines are shared.
 */
class ScaleTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final int BYTES = DockerfileSource.MAX_FILE_BYTES / 2;

  private static <T> T fast(Supplier<T> work) {
    return assertTimeoutPreemptively(LIMIT, work::get);
  }

  private static DockerfileFacts load(String text) {
    return DockerfileLoader.loadText("Dockerfile", text, LoadOptions.defaults(), new Diagnostics());
  }

  private static String repeatLines(String head, java.util.function.IntFunction<String> line) {
    StringBuilder sb = new StringBuilder(head);
    for (int i = 0; sb.length() < BYTES; i++) {
      sb.append(line.apply(i));
    }
    return sb.toString();
  }

  @Test
  void manyEnvInstructions() {
    String text = repeatLines("FROM scratch\n", i -> "ENV K" + i + "=value" + i + " SAME=$K" + i + "\n");
    DockerfileFacts f = fast(() -> load(text));
    assertTrue(f.image().env().size() > 50_000);
  }

  @Test
  void oneHugeContinuedInstruction() {
    String text = repeatLines("FROM scratch\nRUN true", i -> " && echo " + i + " \\\n");
    assertEquals(2, fast(() -> DockerfileParser.parse("Dockerfile", text)).instructions().size());
    fast(() -> AstDump.dump(DockerfileParser.parse("Dockerfile", text)));
  }

  @Test
  void commentsAndBlankLines() {
    String text = repeatLines("", i -> i % 2 == 0 ? "# comment " + i + "\n" : "\n") + "FROM scratch\n";
    assertEquals(0, fast(() -> load(text)).target());
  }

  @Test
  void longStageChain() {
    String text = repeatLines("FROM scratch AS s0\n", i -> "FROM s" + i + " AS s" + (i + 1) + "\nENV L" + i + "=x\n");
    DockerfileFacts f = fast(() -> load(text));
    assertTrue(f.chain().size() > 25_000);
  }

  @Test
  void hugeHeredocAndQuotedWords() {
    String body = repeatLines("FROM scratch\nCOPY <<EOF /big\n", i -> "line " + i + " $HOME \"'\n") + "EOF\n";
    assertEquals(1, fast(() -> load(body)).image().env().size());
    String quoted = "FROM scratch\nENV A=\"" + "x\\\"y ".repeat(9_000) + "\"\n";
    assertEquals("x\"y ".repeat(9_000), fast(() -> load(quoted)).image().envValue("A"));
  }

  @Test
  void manyUndefinedVariablesWithManyDefinedOnes() {
    String text = repeatLines("FROM scratch\n", i -> "ENV D" + i + "=$UNDEFINED_" + (i % 50) + "\n");
    Diagnostics warnings = new Diagnostics();
    fast(() -> DockerfileLoader.loadText("Dockerfile", text, LoadOptions.defaults(), warnings));
    assertTrue(warnings.all().size() > 1000);
  }

  @Test
  void exposeRangesAreBounded() {
    String text = repeatLines("FROM scratch\n", i -> "EXPOSE 0-65535/tcp\n");
    GenException e = fast(() -> assertThrows(GenException.class, () -> load(text)));
    assertEquals(DockerfileCodes.LIMIT, e.first().code());
  }
}
