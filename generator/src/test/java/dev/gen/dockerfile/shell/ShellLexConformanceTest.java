package dev.gen.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BuildKit's own tables for the shell lexer ({@code frontend/dockerfile/shell/envVarTest} and {@code wordsTest},
 * copied under {@code fixtures/conformance/dockerfile/buildkit-testfiles/shell/}), run the way buildkit's
 * {@code lex_test.go} runs them. Every case must pass.
 */
class ShellLexConformanceTest {

  private static final Path SHELL = Fixtures.root().resolve("conformance/dockerfile/buildkit-testfiles/shell");

  /** The environment of {@code TestShellParser4EnvVars}. */
  private static final List<String> ENV = List.of("PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL=");

  private record EnvVarCase(int line, String platform, String source, String expected) {}

  private static List<EnvVarCase> envVarCases() throws IOException {
    List<EnvVarCase> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(SHELL.resolve("envVarTest"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      assertEquals(3, parts.length, "envVarTest line " + (i + 1));
      cases.add(new EnvVarCase(i + 1, parts[0].strip(), parts[1].strip(), parts[2].strip()));
    }
    return cases;
  }

  @Test
  void envVarTestUnixAndWindows() throws IOException {
    ShellLex lex = ShellLex.withEscape('\\');
    ShellEnv unix = ShellEnv.fromList(ENV, false);
    // Windows: BuildKit normalizes environment keys (NormalizeEnvKey upper-cases them), so $pwd finds PWD.
    ShellEnv windows = ShellEnv.fromList(ENV, true);
    int all = 0;
    int unixOnly = 0;
    int windowsOnly = 0;
    List<String> failures = new ArrayList<>();
    for (EnvVarCase c : envVarCases()) {
      switch (c.platform()) {
        case "A" -> {
          check(lex, unix, c, failures);
          check(lex, windows, c, failures);
          all++;
        }
        case "U" -> {
          check(lex, unix, c, failures);
          unixOnly++;
        }
        case "W" -> {
          check(lex, windows, c, failures);
          windowsOnly++;
        }
        default -> fail("invalid platform tag " + c.platform() + " on line " + c.line());
      }
    }
    System.out.printf("envVarTest: %d cases for all platforms (run as Unix and as Windows), %d Unix-only, "
        + "%d Windows-only, %d failures%n", all, unixOnly, windowsOnly, failures.size());
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertEquals(230, all + unixOnly + windowsOnly, "every case of the table was run");
  }

  private static void check(ShellLex lex, ShellEnv env, EnvVarCase c, List<String> failures) {
    try {
      String result = lex.processWord(c.source(), env);
      if (c.expected().equals("error")) {
        failures.add("line " + c.line() + ": " + c.source() + " should fail but gave " + result);
      } else if (!c.expected().equals(result)) {
        failures.add("line " + c.line() + ": " + c.source() + " gave " + result + ", expected " + c.expected());
      }
    } catch (ShellLexException e) {
      if (!c.expected().equals("error")) {
        failures.add("line " + c.line() + ": " + c.source() + " failed: " + e.getMessage());
      }
    }
  }

  @Test
  void wordsTest() throws IOException {
    ShellLex lex = ShellLex.withEscape('\\');
    List<String> env = new ArrayList<>();
    List<String> lines = Files.readAllLines(SHELL.resolve("wordsTest"), StandardCharsets.UTF_8);
    int cases = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        env.add(line.substring(3).replaceFirst("^ +", ""));
        continue;
      }
      String[] parts = line.split("\\|", -1);
      assertEquals(2, parts.length, "wordsTest line " + (i + 1));
      String test = parts[0].strip();
      List<String> expected = List.of(parts[1].replaceFirst("^ +", "").split(",", -1));
      List<String> result;
      try {
        result = lex.processWords(test, ShellEnv.fromList(env, false));
      } catch (ShellLexException e) {
        result = List.of("error");
      }
      cases++;
      if (!expected.equals(result)) {
        failures.add("line " + (i + 1) + ": " + test + " gave " + result + ", expected " + expected);
      }
    }
    System.out.printf("wordsTest: %d cases, %d failures%n", cases, failures.size());
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertEquals(24, cases);
  }

  @Test
  void errorsNameTheSource() {
    ShellLexException e = assertThrows(ShellLexException.class,
        () -> ShellLex.withEscape('\\').processWord("he${PWD:-x", ShellEnv.EMPTY));
    assertEquals("failed to process \"he${PWD:-x\": syntax error: missing '}'", e.getMessage());
  }
}
