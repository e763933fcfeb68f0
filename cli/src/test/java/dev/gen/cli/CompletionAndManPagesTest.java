package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gen completion, and the completion script and man pages the build writes (process-classes, before the tests). */
class CompletionAndManPagesTest {

  @TempDir Path cwd;

  private static Path target() {
    return GenRunner.fixtures().getParent().resolve("cli/target");
  }

  @Test
  void theCompletionScriptCompletesCommandsOptionsAndValues() throws Exception {
    GenRunner.Result r = GenRunner.in(cwd).run("completion");
    assertEquals(0, r.code(), r.toString());
    String script = r.out();
    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    assertTrue(script.contains("complete -F _complete_gen"), "registers gen");
    assertEquals(script, GenRunner.in(cwd).run("completion", "zsh").out(), "one script for both shells");
    assertEquals(script, GenRunner.in(cwd).run("completion", "bash").out());
    assertEquals(2, GenRunner.in(cwd).run("completion", "fish").code());
    assertEquals(script, Files.readString(target().resolve("completion/gen.bash")), "the build's copy");
    assumeTrue(InitCommandTest.onPath("bash"), "no bash");
    Path file = cwd.resolve("gen.bash");
    Files.writeString(file, script);
    assertEquals("charm\n", complete(file, "gen", "cha"));
    assertEquals("k8s machine\n", complete(file, "gen", "charm", "--flavour", ""));
    assertEquals("list dump\n", complete(file, "gen", "templates", ""));
    assertEquals("--stdout\n", complete(file, "gen", "bundle", "--std"));
  }

  /** What the script offers for the last word. */
  private static String complete(Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
        + (words.length - 1) + "; COMP_LINE='" + String.join(" ", words) + "'; _complete_gen 2>/dev/null;"
        + " printf '%s\\n' \"${COMPREPLY[*]}\"";
    Process p = new ProcessBuilder("bash", "--norc", "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    return out;
  }

  @Test
  void theBuildWritesAManPagePerCommandWithItsExamples() throws Exception {
    Path man = target().resolve("man");
    for (String page : List.of("gen", "gen-charm", "gen-bundle", "gen-blueprint", "gen-config", "gen-model",
        "gen-init", "gen-templates", "gen-templates-list", "gen-templates-dump", "gen-completion")) {
      String adoc = Files.readString(man.resolve(page + ".adoc"));
      assertTrue(adoc.contains(":doctype: manpage"), page);
      assertTrue(adoc.contains("= " + page + "(1)"), page);
      assertTrue(adoc.contains("Examples"), page);
      assertTrue(adoc.contains("Exit codes"), page);
      if (Files.isExecutable(Path.of("/usr/bin/asciidoctor"))) {
        String roff = Files.readString(man.resolve("man1/" + page + ".1"));
        assertTrue(roff.contains(".TH \"" + page.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-")
            + "\" \"1\" \"2026-01-01\""),
            "roff with the build's date: " + roff.lines().limit(12).toList());
      }
    }
    assertTrue(Files.readString(man.resolve("gen-charm.adoc")).contains("gen charm fixtures/webapp/compose.yaml"));
  }
}
