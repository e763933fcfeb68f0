package dev.gen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import dev.gen.render.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  @TempDir Path tmp;
  private final OutputWriter writer = new OutputWriter();

  private static FileTree tree(String... pathsAndContents) {
    FileTree t = new FileTree();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      if (pathsAndContents[i].startsWith("hooks/")) {
        t.addExecutable(pathsAndContents[i], pathsAndContents[i + 1]);
      } else {
        t.add(pathsAndContents[i], pathsAndContents[i + 1]);
      }
    }
    return t;
  }

  @Test
  void writesANewDirectoryWithAManifestAndExecutableBits() throws Exception {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "A\n", "hooks/install", "#!/bin/sh\n"), out, false);
    assertEquals("A\n", Files.readString(out.resolve("a.txt")));
    assertTrue(Files.isExecutable(out.resolve("hooks/install")));
    assertFalse(Files.isExecutable(out.resolve("a.txt")));
    String manifest = Files.readString(out.resolve(".gen/FILES"));
    assertTrue(manifest.contains("  a.txt\n") && manifest.contains("  hooks/install\n"), manifest);
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "no staging directory is left behind");
    }
  }

  @Test
  void rewritingTheSameTreeChangesNothing() {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "A\n"), out, false);
    WritePlan again = writer.plan(tree("a.txt", "A\n"), out);
    assertTrue(again.isUpToDate(), again.changes().toString());
  }

  @Test
  void updatesOwnedFilesAndDeletesOnesNoLongerGenerated() throws Exception {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "A\n", "sub/b.txt", "B\n"), out, false);
    writer.write(tree("a.txt", "A2\n"), out, false);
    assertEquals("A2\n", Files.readString(out.resolve("a.txt")));
    assertFalse(Files.exists(out.resolve("sub")), "the emptied directory is removed too");
  }

  @Test
  void refusesToOverwriteAFileGenDidNotWriteUnlessForced() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("a.txt"), "mine\n");
    GenException e = assertThrows(GenException.class, () -> writer.write(tree("a.txt", "A\n"), out, false));
    assertTrue(e.getMessage().contains("a.txt (not written by gen)"), e.getMessage());
    assertTrue(e.first().hint().contains("--force"));
    assertEquals("mine\n", Files.readString(out.resolve("a.txt")), "nothing was written");
    assertFalse(Files.exists(out.resolve(".gen")), "not even the manifest");
    writer.write(tree("a.txt", "A\n"), out, true);
    assertEquals("A\n", Files.readString(out.resolve("a.txt")));
  }

  @Test
  void aFileTheUserChangedIsAConflictAndIsKeptWhenNoLongerGenerated() throws Exception {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "A\n", "b.txt", "B\n"), out, false);
    Files.writeString(out.resolve("a.txt"), "edited\n");
    Files.writeString(out.resolve("b.txt"), "edited too\n");
    GenException e = assertThrows(GenException.class, () -> writer.write(tree("a.txt", "A2\n"), out, false));
    assertTrue(e.getMessage().contains("changed since gen wrote it"), e.getMessage());
    WritePlan plan = writer.plan(tree("a.txt", "A\n", "c.txt", "C\n"), out);
    assertTrue(plan.warnings().get(0).startsWith("b.txt is no longer generated"), plan.warnings().toString());
  }

  @Test
  void neverWritesThroughASymbolicLink() throws Exception {
    Path out = tmp.resolve("out");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("sub"), elsewhere);
    GenException e = assertThrows(GenException.class, () -> writer.write(tree("sub/x.txt", "X\n"), out, true));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    try (Stream<Path> s = Files.list(elsewhere)) {
      assertEquals(0, s.count());
    }
    Files.createSymbolicLink(out.resolve("f.txt"), elsewhere.resolve("target.txt"));
    assertThrows(GenException.class, () -> writer.write(tree("f.txt", "F\n"), out, true));
    assertFalse(Files.exists(elsewhere.resolve("target.txt")));
  }

  @Test
  void neverWritesIntoAnOutputDirectoryThatIsASymbolicLink() throws Exception {
    Path system = Files.createDirectories(tmp.resolve("etc"));
    Path out = Files.createSymbolicLink(tmp.resolve("out"), system);
    for (boolean force : List.of(false, true)) {
      GenException e = assertThrows(GenException.class, () -> writer.write(tree("a.txt", "A\n"), out, force));
      assertEquals("write.symlink", e.first().code());
      assertTrue(e.getMessage().contains("is a symbolic link (to " + system + ")"), e.getMessage());
    }
    assertThrows(GenException.class, () -> writer.plan(tree("a.txt", "A\n"), out));
    try (Stream<Path> s = Files.list(system)) {
      assertEquals(0, s.count(), "nothing was written where the link leads");
    }
  }

  @Test
  void aFifoWhereAFileGenWroteWasIsLeftAloneWithoutReadingIt() throws Exception {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "A\n", "b.txt", "B\n"), out, false);
    Files.delete(out.resolve("b.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("b.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    // reading the FIFO would block this test forever: gen must not open it
    WritePlan plan = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> writer.write(tree("a.txt", "A\n"), out, false));
    assertTrue(plan.warnings().get(0).startsWith("b.txt is no longer generated, but it is no longer a regular file"),
        plan.warnings().toString());
    assertTrue(Files.exists(out.resolve("b.txt")));
  }

  @Test
  void aDamagedManifestIsALocatedError() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve(".gen"));
    Files.writeString(out.resolve(".gen/FILES"), "0000  ../../etc/passwd\n");
    GenException e = assertThrows(GenException.class, () -> writer.plan(tree("a.txt", "A\n"), out));
    assertEquals(1, e.first().location().line());
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
  }

  @Test
  void anOutputPathThatIsAFileIsAnError() throws Exception {
    Path out = Files.writeString(tmp.resolve("file"), "x");
    GenException e = assertThrows(GenException.class, () -> writer.write(tree("a.txt", "A\n"), out, true));
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }

  @Test
  void checkShowsAUnifiedDiffOfWhatWouldChange() {
    Path out = tmp.resolve("out");
    writer.write(tree("a.txt", "one\ntwo\nthree\n", "gone.txt", "bye\n"), out, false);
    WritePlan plan = writer.plan(tree("a.txt", "one\n2\nthree\n", "new.txt", "hi\n"), out);
    String diff = TreeDiff.of(plan);
    assertTrue(diff.contains("--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n"), diff);
    assertTrue(diff.contains("--- /dev/null\n+++ b/new.txt\n"), diff);
    assertTrue(diff.contains("--- a/gone.txt\n+++ /dev/null\n"), diff);
    assertEquals("", TreeDiff.of(writer.plan(tree("a.txt", "one\ntwo\nthree\n", "gone.txt", "bye\n"), out)));
  }

  // ---- one file (gen graph -o FILE) ----

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aSingleFileIsWrittenRecordedAndThenUpToDate() throws Exception {
    Path file = tmp.resolve("pics/shop.svg");
    WritePlan first = writer.writeFile(bytes("<svg/>\n"), file, false);
    assertEquals(WritePlan.Action.CREATE, first.changes().get(0).action());
    assertEquals("<svg/>\n", Files.readString(file));
    assertTrue(Files.readString(tmp.resolve("pics/.gen/SINGLE-FILES")).contains("  shop.svg\n"));
    assertTrue(writer.planFile(bytes("<svg/>\n"), file).isUpToDate());
    WritePlan update = writer.writeFile(bytes("<svg>2</svg>\n"), file, false);
    assertEquals(WritePlan.Action.UPDATE, update.changes().get(0).action(), "gen wrote it, so it may replace it");
    assertEquals("<svg>2</svg>\n", Files.readString(file));
    try (Stream<Path> s = Files.list(tmp.resolve("pics"))) {
      assertEquals(2, s.count(), "the file and .gen, no temporary file");
    }
  }

  @Test
  void aSingleFileGenDidNotWriteOrThatWasChangedIsAConflict() throws Exception {
    Path file = Files.writeString(tmp.resolve("mine.svg"), "mine\n");
    GenException e = assertThrows(GenException.class, () -> writer.writeFile(bytes("<svg/>\n"), file, false));
    assertTrue(e.getMessage().contains("mine.svg (not written by gen)"), e.getMessage());
    assertEquals("mine\n", Files.readString(file));
    assertFalse(Files.exists(tmp.resolve(".gen")), "nothing recorded either");
    writer.writeFile(bytes("<svg/>\n"), file, true);
    Files.writeString(file, "edited\n");
    WritePlan plan = writer.planFile(bytes("<svg/>\n"), file);
    assertEquals(WritePlan.Action.CONFLICT, plan.changes().get(0).action());
    assertEquals("changed since gen wrote it", plan.changes().get(0).reason());
  }

  @Test
  void aSingleFileIsNeverWrittenThroughALinkOrIntoGensRecords() throws Exception {
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "keep\n");
    Path link = Files.createSymbolicLink(tmp.resolve("g.svg"), elsewhere);
    GenException e = assertThrows(GenException.class, () -> writer.writeFile(bytes("<svg/>\n"), link, true));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    assertEquals("keep\n", Files.readString(elsewhere));
    assertThrows(GenException.class, () -> writer.planFile(bytes("x"), tmp.resolve(".gen/SINGLE-FILES")));
    Files.createDirectories(tmp.resolve("d"));
    assertThrows(GenException.class, () -> writer.writeFile(bytes("x"), tmp.resolve("d"), true),
        "a directory is where the file would go");
  }
}
