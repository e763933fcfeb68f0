package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the generating commands write: through the manifest-keeping writer, --check (the CI step), --dry-run,
 * conflicts and --force, symbolic links, --stdout. gen runs as users run it, on the fixtures, in a temporary
 * working directory.
 */
class OutputModesTest {

  @TempDir Path cwd;

  private GenRunner gen;

  @BeforeEach
  void setUp() throws IOException {
    GenRunner.withFixtures(cwd);
    gen = GenRunner.in(cwd);
  }

  @Test
  void checkInACiLoop() throws IOException {
    String[] write = {"charm", "fixtures/webapp/compose.yaml", "-o", "out/charms"};
    String[] check = {"charm", "fixtures/webapp/compose.yaml", "-o", "out/charms", "--check"};

    GenRunner.Result first = gen.run(check);
    assertEquals(3, first.code(), "nothing written yet: " + first);
    assertTrue(first.out().contains("--- /dev/null\n+++ b/web-k8s/charmcraft.yaml\n"), first.out());
    assertFalse(Files.exists(cwd.resolve("out")), "--check writes nothing");

    GenRunner.Result written = gen.run(write);
    assertEquals(0, written.code(), written.toString());
    assertEquals("out/charms: 9 created\n", written.err());
    assertEquals("", written.out());

    GenRunner.Result clean = gen.run(check);
    assertEquals(0, clean.code(), clean.toString());
    assertEquals("", clean.out());
    assertEquals("out/charms is up to date\n", clean.err());

    Path readme = cwd.resolve("out/charms/web-k8s/README.md");
    Files.writeString(readme, Files.readString(readme).replace("# ", "# Edited: "));
    GenRunner.Result edited = gen.run(check);
    assertEquals(3, edited.code(), edited.toString());
    assertTrue(edited.out().startsWith("--- a/web-k8s/README.md\n+++ b/web-k8s/README.md\n@@ -1,"), edited.out());
    assertTrue(edited.out().contains("\n-# Edited: "), edited.out());
    assertTrue(edited.out().contains("\n+# "), edited.out());
    assertEquals("out/charms is not up to date: 1 conflict, 8 unchanged\n", edited.err());

    GenRunner.Result refused = gen.run(write);
    assertEquals(1, refused.code(), "the edited file is not gen's any more: " + refused);
    assertTrue(refused.err().contains("error: refusing to overwrite 1 file in "), refused.err());
    assertTrue(refused.err().contains("web-k8s/README.md (changed since gen wrote it)"), refused.err());
    assertTrue(refused.err().contains("hint: choose another output directory, or pass --force"), refused.err());

    assertEquals(0, gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out/charms", "--force").code());
    assertEquals(0, gen.run(check).code(), "regenerated: up to date again");
    assertFalse(Files.readString(readme).contains("Edited"));
  }

  @Test
  void dryRunListsWhatWouldHappenToEachFile() throws IOException {
    assertEquals(0, gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out").code());
    Files.writeString(cwd.resolve("out/web-k8s/requirements.txt"), "edited\n");
    Files.writeString(cwd.resolve("out/web-k8s/notes.txt"), "mine\n");
    GenRunner.Result dry = gen.run("charm", "fixtures/webapp/compose.yaml", "--service", "web", "-o", "out",
        "--dry-run");
    assertEquals(0, dry.code(), dry.toString());
    assertEquals("""
        unchanged  .gen/FILES
        unchanged  web-k8s/.gitignore
        unchanged  web-k8s/README.md
        unchanged  web-k8s/charmcraft.yaml
        unchanged  web-k8s/pyproject.toml
        conflict   web-k8s/requirements.txt (changed since gen wrote it)
        unchanged  web-k8s/src/charm.py
        unchanged  web-k8s/src/layer.py
        unchanged  web-k8s/src/workload.py
        unchanged  web-k8s/tests/unit/test_charm.py
        """, dry.out());
    assertEquals("out (dry run, nothing written): 1 conflict, 8 unchanged; without --force the conflicts would"
        + " stop the run\n", dry.err());
    assertEquals("edited\n", Files.readString(cwd.resolve("out/web-k8s/requirements.txt")));
  }

  @Test
  void filesNoLongerGeneratedAreDeletedAndFilesGenDidNotWriteAreLeftAlone() throws IOException {
    assertEquals(0, gen.run("charm", "fixtures/shop/compose.yaml", "-o", "out").code());
    Files.writeString(cwd.resolve("out/mine.txt"), "mine\n");
    GenRunner.Result dry = gen.run("charm", "fixtures/shop/compose.yaml", "--service", "api", "-o", "out",
        "--dry-run");
    assertTrue(dry.out().contains("delete     db-k8s/charmcraft.yaml (no longer generated)\n"), dry.out());
    assertFalse(dry.out().contains("mine.txt"), dry.out());
    GenRunner.Result r = gen.run("charm", "fixtures/shop/compose.yaml", "--service", "api", "-o", "out");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().matches("(?s).*\nout: \\d+ deleted, \\d+ unchanged\n"), r.err());
    assertFalse(Files.exists(cwd.resolve("out/db-k8s")), "its folder went with its files");
    assertTrue(Files.exists(cwd.resolve("out/api-k8s/charmcraft.yaml")));
    assertEquals("mine\n", Files.readString(cwd.resolve("out/mine.txt")));
  }

  @Test
  void aFileGenDidNotWriteStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Files.createDirectories(cwd.resolve("out/web-k8s"));
    Files.writeString(cwd.resolve("out/web-k8s/README.md"), "my own README\n");
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("web-k8s/README.md (not written by gen)"), r.err());
    try (Stream<Path> files = Files.walk(cwd.resolve("out"))) {
      assertEquals(List.of("README.md"), files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .toList(), "nothing written");
    }
    assertEquals(0, gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out", "--force").code());
    assertTrue(Files.readString(cwd.resolve("out/web-k8s/README.md")).startsWith("# "));
  }

  @Test
  void neverWritesThroughASymbolicLinkInTheOutputDirectory() throws IOException {
    Path elsewhere = Files.createDirectories(cwd.resolve("elsewhere"));
    Files.createDirectories(cwd.resolve("out"));
    Files.createSymbolicLink(cwd.resolve("out/web-k8s"), elsewhere);
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out", "--force");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("error: refusing to write through the symbolic link"), r.err());
    try (Stream<Path> s = Files.list(elsewhere)) {
      assertEquals(0, s.count(), "nothing written where the link leads");
    }
    assertEquals(1, gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out", "--check").code(),
        "--check refuses too: it would compare with a file outside");
  }

  @Test
  void stdoutPrintsTheMainDocumentOnly() throws IOException {
    GenRunner.Result bundle = gen.run("bundle", "fixtures/wordpress/compose.yaml", "--use-charmhub", "--stdout");
    assertEquals(0, bundle.code(), bundle.toString());
    assertTrue(bundle.out().startsWith("# "), bundle.out());
    assertTrue(bundle.out().contains("\nbundle: kubernetes\n"), bundle.out());
    assertEquals(0, gen.run("bundle", "fixtures/wordpress/compose.yaml", "--use-charmhub", "-o", "b").code());
    assertEquals(Files.readString(cwd.resolve("b/bundle.yaml")), bundle.out(), "the same bundle.yaml");

    GenRunner.Result blueprint = gen.run("blueprint", "fixtures/webapp/compose.yaml", "--stdout");
    assertEquals(0, blueprint.code(), blueprint.toString());
    assertTrue(blueprint.out().contains("services:"), blueprint.out());
    assertEquals(0, gen.run("blueprint", "fixtures/webapp/compose.yaml", "-o", "bp").code());
    assertEquals(Files.readString(cwd.resolve("bp/webapp.yaml")), blueprint.out());
    try (Stream<Path> s = Files.list(cwd)) {
      assertEquals(List.of("b", "bp", "fixtures"), s.map(p -> p.getFileName().toString()).sorted().toList(),
          "--stdout writes no file");
    }
  }

  @Test
  void stdoutAndDirectoryOptionsDoNotMix() {
    GenRunner.Result both = gen.run("bundle", "fixtures/shop/compose.yaml", "--stdout", "-o", "x");
    assertEquals(2, both.code());
    assertTrue(both.err().startsWith("gen: error: --output=DIR, --stdout are mutually exclusive"), both.err());
    GenRunner.Result neither = gen.run("blueprint", "fixtures/shop/compose.yaml");
    assertEquals(2, neither.code());
    assertEquals("gen: error: Missing required argument (specify one of these): (-o=DIR | --stdout)\n"
        + "Try 'gen blueprint --help' for more information.\n", neither.err());
    GenRunner.Result check = gen.run("bundle", "fixtures/shop/compose.yaml", "--stdout", "--check");
    assertEquals(2, check.code());
    assertTrue(check.err().contains("--stdout writes no files: --check, --dry-run and --force apply to -o DIR"),
        check.err());
    GenRunner.Result java = gen.run("blueprint", "fixtures/shop/compose.yaml", "--stdout", "--java");
    assertEquals(2, java.code());
    assertTrue(java.err().contains("--java writes a Maven project: it needs -o DIR"), java.err());
    assertEquals(2, gen.run("charm", "fixtures/shop/compose.yaml", "--check", "--dry-run", "-o", "x").code());
    assertEquals(2, gen.run("charm", "fixtures/shop/compose.yaml", "--stdout").code(), "charm writes a tree");
  }

  @Test
  void anOutputPathThatIsAFileIsAnInputError() throws IOException {
    Files.writeString(cwd.resolve("taken"), "x");
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "taken");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("error: the output path exists and is not a directory"), r.err());
  }

  @Test
  void quietPrintsNoSummary() {
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "out", "-q");
    assertEquals(0, r.code());
    assertEquals("", r.err());
  }
}
