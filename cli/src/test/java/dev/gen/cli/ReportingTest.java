package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What gen says on stderr: errors for people, colour only on a terminal, JSON for machines, no stack traces. */
class ReportingTest {

  private static final String BROKEN = "services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80:80:80\"\n";

  @TempDir Path cwd;

  @BeforeEach
  void compose() throws IOException {
    Files.writeString(cwd.resolve("compose.yaml"), BROKEN);
  }

  @Test
  void anInputErrorPointsAtTheLineWithoutColourWhenStderrIsNoTerminal() {
    GenRunner.Result r = GenRunner.in(cwd).run("charm", "-o", "out");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("compose.yaml:5:9: error: "), r.err());
    assertTrue(r.err().contains("\n    5 |       - \"80:80:80:80\"\n      |         ^\n"), r.err());
    assertTrue(r.err().contains("\n  key: services.web.ports\n"), r.err());
    assertFalse(r.err().contains("\u001b"), "no colour: " + r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(cwd.resolve("out")));
  }

  @Test
  void colourOnATerminalUnlessNoColorOrNever() {
    GenRunner terminal = GenRunner.in(cwd).terminals(true, true);
    String coloured = terminal.run("charm", "-o", "out").err();
    assertTrue(coloured.startsWith("\u001b[1mcompose.yaml:5:9\u001b[0m: \u001b[1;31merror:\u001b[0m "), coloured);
    assertFalse(terminal.env(Map.of("NO_COLOR", "1")).run("charm", "-o", "out").err().contains("\u001b"));
    assertTrue(terminal.env(Map.of("NO_COLOR", "")).run("charm", "-o", "out").err().contains("\u001b"),
        "an empty NO_COLOR does not count (no-color.org)");
    assertFalse(terminal.env(Map.of("TERM", "dumb")).run("charm", "-o", "out").err().contains("\u001b"));
    assertFalse(terminal.run("charm", "-o", "out", "--color", "never").err().contains("\u001b"));
    assertTrue(GenRunner.in(cwd).env(Map.of("NO_COLOR", "1")).run("charm", "-o", "out", "--color=always").err()
        .contains("\u001b[1;31merror:"), "asked for explicitly");
    assertFalse(GenRunner.in(cwd).terminals(false, true).run("charm", "--help").out().contains("\u001b"),
        "help goes to stdout, which is no terminal here");
  }

  @Test
  void jsonGivesOneArrayWithTheWarningsAndTheError() throws IOException {
    Files.writeString(cwd.resolve("compose.yaml"), "version: \"3\"\n" + BROKEN);
    GenRunner.Result r = GenRunner.in(cwd).run("charm", "-o", "out", "--warnings", "json");
    assertEquals(1, r.code());
    JsonNode all = YJson.MAPPER.readTree(r.err());
    assertEquals(2, all.size(), r.err());
    assertEquals("warning", all.get(0).get("severity").asString());
    assertEquals("error", all.get(1).get("severity").asString());
    assertEquals("compose.yaml", all.get(1).get("file").asString());
    assertEquals(6, all.get(1).get("line").asInt());
    assertEquals("services.web.ports", all.get(1).get("keyPath").asString());
  }

  @Test
  void errorOnWarningFailsBeforeWritingAndSaysWhy() throws IOException {
    Files.writeString(cwd.resolve("compose.yaml"), "version: \"3\"\nservices:\n  web:\n    image: nginx\n");
    GenRunner.Result r = GenRunner.in(cwd).run("charm", "-o", "out", "--error-on-warning");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("compose.yaml:1:1: warning: compose.yaml: the attribute `version` is obsolete"),
        r.err());
    assertTrue(r.err().endsWith("gen: error: 1 warning and --error-on-warning is set\n"), r.err());
    assertFalse(Files.exists(cwd.resolve("out")));
    GenRunner.Result quiet = GenRunner.in(cwd).run("charm", "-o", "out", "-q");
    assertEquals(0, quiet.code());
    assertEquals("", quiet.err());
  }

  @Test
  void aBugIsOneLineWithoutStackTraceUnlessGenDebug() {
    ProjectLoader broken = (input, d) -> {
      throw new IllegalStateException("boom \u001b[2J");
    };
    GenRunner.Result r = GenRunner.in(cwd).loader(broken).run("charm", "-o", "out");
    assertEquals(70, r.code());
    assertEquals("gen: internal error (a bug in gen, please report it): java.lang.IllegalStateException: boom"
        + " \\x1b[2J\nRun again with GEN_DEBUG=1 in the environment to see where it happened.\n", r.err());
    GenRunner.Result debug = GenRunner.in(cwd).loader(broken).env(Map.of("GEN_DEBUG", "1")).run("charm", "-o", "out");
    assertEquals(70, debug.code());
    assertTrue(debug.err().contains("\tat dev.gen.cli.ReportingTest"), debug.err());
  }

  @Test
  void aStackOverflowIsAnInternalErrorToo() {
    ProjectLoader deep = (input, d) -> {
      throw new StackOverflowError();
    };
    GenRunner.Result r = GenRunner.in(cwd).loader(deep).run("model");
    assertEquals(70, r.code(), r.toString());
    assertTrue(r.err().startsWith("gen: internal error"), r.err());
  }

  @Test
  void usageErrorsSayWhatIsWrongAndWhereHelpIs() {
    GenRunner.Result typo = GenRunner.in(cwd).run("charm", "--flavor", "k8s", "-o", "out");
    assertEquals(2, typo.code());
    assertTrue(typo.err().startsWith("gen: error: Unknown option: '--flavor'\n"), typo.err());
    assertTrue(typo.err().contains("Possible solutions: --flavour\n"), typo.err());
    assertTrue(typo.err().endsWith("Try 'gen charm --help' for more information.\n"), typo.err());
    // not "chram": picocli keeps one of the commands that score alike (charm and graph), so it would offer graph
    GenRunner.Result command = GenRunner.in(cwd).run("chrm");
    assertEquals(2, command.code());
    assertTrue(command.err().contains("Did you mean: gen charm?"), command.err());
    GenRunner.Result nothing = GenRunner.in(cwd).run();
    assertEquals(2, nothing.code());
    assertTrue(nothing.err().startsWith("Usage: gen [OPTIONS] [COMMAND]"), nothing.err());
    GenRunner.Result badBase = GenRunner.in(cwd).run("charm", "--base", "ubuntu@20.04", "-o", "out");
    assertEquals(2, badBase.code());
    assertEquals("gen: error: unsupported base 'ubuntu@20.04'; gen writes charms for ubuntu@22.04, ubuntu@24.04,"
        + " ubuntu@26.04\nTry 'gen charm --help' for more information.\n", badBase.err());
  }

  @Test
  void warningsFoundBeforeAnErrorAreShownWithIt() {
    ProjectLoader warnsThenFails = (input, d) -> {
      d.warn("test.first", "found first", SourceLocation.of("compose.yaml"), "");
      throw GenException.at(new SourceLocation("compose.yaml", 2, 3), "services.web", "test.then", "then failed");
    };
    GenRunner.Result r = GenRunner.in(cwd).loader(warnsThenFails).run("model");
    assertEquals(1, r.code());
    assertEquals("""
        compose.yaml: warning: found first
        compose.yaml:2:3: error: then failed
            2 |   web:
              |   ^
          key: services.web
        """, r.err());
  }
}
