package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gen graph}, {@code gen report} and {@code --report} as users run them, on the example projects: the formats,
 * and the same safe writing as every other output ({@code --check}, {@code --dry-run}, conflicts, {@code --force},
 * symbolic links).
 */
class GraphAndReportCommandTest {

  @TempDir Path cwd;

  private GenRunner gen;

  @BeforeEach
  void setUp() throws IOException {
    GenRunner.withFixtures(cwd);
    gen = GenRunner.in(cwd);
  }

  @Test
  void graphWritesTheFormatTheFileNameAsksFor() throws Exception {
    GenRunner.Result svg = gen.run("graph", "fixtures/shop", "-o", "a/shop.svg");
    assertEquals(0, svg.code(), svg.toString());
    assertEquals("a/shop.svg: 1 created\n", svg.err());
    assertTrue(Files.readString(cwd.resolve("a/shop.svg")).startsWith("<svg "));
    GenRunner.Result mermaid = gen.run("graph", "fixtures/shop", "-o", "shop.mmd");
    assertEquals(0, mermaid.code(), mermaid.toString());
    assertTrue(Files.readString(cwd.resolve("shop.mmd")).contains("flowchart TB"));
    GenRunner.Result dot = gen.run("graph", "fixtures/shop", "--format", "dot", "-o", "shop.txt");
    assertEquals(0, dot.code(), dot.toString());
    assertTrue(Files.readString(cwd.resolve("shop.txt")).contains("digraph \"shop\""));
    try (var files = Files.list(cwd)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void graphPrintsOnStdout() {
    GenRunner.Result r = gen.run("graph", "fixtures/shop", "--format", "MERMAID", "--stdout");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("s3 --> s0"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void graphNeedsOneDestinationAndAKnownFormat() {
    assertEquals(2, gen.run("graph", "fixtures/shop").code());
    assertEquals(2, gen.run("graph", "fixtures/shop", "--stdout", "-o", "x.svg").code());
    assertEquals(2, gen.run("graph", "fixtures/shop", "--stdout", "--check").code(), "--check needs a file");
    GenRunner.Result png = gen.run("graph", "fixtures/shop", "--format", "png", "--stdout");
    assertEquals(2, png.code());
    assertTrue(png.err().contains("expected svg, mermaid or dot"), png.err());
  }

  @Test
  void graphFileInACiLoopAndAgainstAFileGenDidNotWrite() throws Exception {
    String[] write = {"graph", "fixtures/webapp/compose.yaml", "-o", "docs/webapp.mmd"};
    String[] check = {"graph", "fixtures/webapp/compose.yaml", "-o", "docs/webapp.mmd", "--check"};
    GenRunner.Result missing = gen.run(check);
    assertEquals(3, missing.code(), missing.toString());
    assertTrue(missing.out().startsWith("--- /dev/null\n+++ b/webapp.mmd\n"), missing.out());
    assertFalse(Files.exists(cwd.resolve("docs")), "--check writes nothing");

    assertEquals(0, gen.run(write).code());
    GenRunner.Result clean = gen.run(check);
    assertEquals(0, clean.code(), clean.toString());
    assertEquals("docs/webapp.mmd is up to date\n", clean.err());

    Path file = cwd.resolve("docs/webapp.mmd");
    Files.writeString(file, "%% mine\n");
    GenRunner.Result refused = gen.run(write);
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(refused.err().contains("webapp.mmd (changed since gen wrote it)"), refused.err());
    assertEquals("%% mine\n", Files.readString(file));
    GenRunner.Result dryRun = gen.run("graph", "fixtures/webapp/compose.yaml", "-o", "docs/webapp.mmd", "--dry-run");
    assertEquals(0, dryRun.code(), dryRun.toString());
    assertEquals("conflict   webapp.mmd (changed since gen wrote it)\n", dryRun.out());
    assertEquals(0, gen.run("graph", "fixtures/webapp/compose.yaml", "-o", "docs/webapp.mmd", "--force").code());
    assertEquals(0, gen.run(check).code(), "regenerated: up to date again");

    Path elsewhere = Files.writeString(cwd.resolve("elsewhere.txt"), "keep\n");
    Files.createSymbolicLink(cwd.resolve("docs/link.svg"), elsewhere);
    GenRunner.Result link = gen.run("graph", "fixtures/webapp/compose.yaml", "-o", "docs/link.svg", "--force");
    assertEquals(1, link.code(), link.toString());
    assertTrue(link.err().contains("symbolic link"), link.err());
    assertEquals("keep\n", Files.readString(elsewhere));
  }

  @Test
  void reportWritesBothFilesForEveryTarget() throws Exception {
    GenRunner.Result r = gen.run("report", "fixtures/shop", "-o", "report");
    assertEquals(0, r.code(), r.toString());
    assertEquals("report: 2 created\n", r.err(), "the targets' warnings are in the report, not on stderr");
    String md = Files.readString(cwd.resolve("report/report.md"));
    String html = Files.readString(cwd.resolve("report/report.html"));
    for (String target : new String[] {"charm (Kubernetes)", "charm (machine)", "bundle", "blueprint (vm style)",
        "blueprint (container style)"}) {
      assertTrue(md.contains("| " + target), target);
      assertTrue(html.contains("<th>" + target + "</th>"), target);
    }
    assertTrue(html.contains("<svg "), "the picture is inline");
    assertTrue(Files.isRegularFile(cwd.resolve("report/.gen/FILES")), "written through the writer, with its record");
    assertEquals(2, gen.run("report", "fixtures/shop").code(), "-o is required");
    GenRunner.Result check = gen.run("report", "fixtures/shop", "-o", "report", "--check");
    assertEquals(0, check.code(), check.toString());
  }

  @Test
  void generatingCommandsReportTheirOwnRun() throws Exception {
    GenRunner.Result charm = gen.run("charm", "fixtures/shop", "-o", "charms", "--report", "r1");
    assertEquals(0, charm.code(), charm.toString());
    String md = Files.readString(cwd.resolve("r1/report.md"));
    assertTrue(md.contains("| charm (Kubernetes), `--flavour k8s` | 2 | 3 |"), md);
    assertFalse(md.contains("blueprint (vm style)"), "only the target that ran");
    GenRunner.Result machine = gen.run("charm", "fixtures/shop", "--flavour", "machine", "-o", "machine",
        "--report", "r0");
    assertEquals(0, machine.code(), machine.toString());
    assertTrue(Files.readString(cwd.resolve("r0/report.md")).contains("| charm (machine), `--flavour machine` |"));
    GenRunner.Result blueprint = gen.run("blueprint", "fixtures/shop", "--style", "container", "-o", "bp",
        "--report", "r2");
    assertEquals(0, blueprint.code(), blueprint.toString());
    String bp = Files.readString(cwd.resolve("r2/report.md"));
    assertTrue(bp.contains("| blueprint (container style), `--style container` | 8 | 0 |"), bp);
    assertTrue(bp.contains("| loading the project | 0 | 0 |"), "the target's warnings are not counted as loading's");
    GenRunner.Result bundle = gen.run("bundle", "fixtures/shop", "-o", "b", "--report", "r3");
    assertEquals(0, bundle.code(), bundle.toString());
    assertTrue(Files.readString(cwd.resolve("r3/report.html")).contains("<th>bundle</th>"));
    assertFalse(Files.exists(cwd.resolve("charms/report.md")), "the report goes where --report says");
  }

  @Test
  void theReportDirectoryFollowsTheOutputOptions() throws Exception {
    String[] run = {"charm", "fixtures/webapp/compose.yaml", "-o", "out/charms", "--report", "out/report"};
    GenRunner.Result dryRun = gen.run(concat(run, "--dry-run"));
    assertEquals(0, dryRun.code(), dryRun.toString());
    assertTrue(dryRun.out().contains("create     out/charms/web-k8s/charmcraft.yaml\n"), dryRun.out());
    assertTrue(dryRun.out().contains("create     out/report/report.md\n"), dryRun.out());
    assertFalse(Files.exists(cwd.resolve("out")), "--dry-run writes nothing");

    GenRunner.Result written = gen.run(run);
    assertEquals(0, written.code(), written.toString());
    assertTrue(written.err().endsWith("out/charms: 9 created\nout/report: 2 created\n"), written.err());
    assertEquals(0, gen.run(concat(run, "--check")).code());

    Path report = cwd.resolve("out/report/report.md");
    Files.writeString(report, "my notes\n");
    GenRunner.Result stale = gen.run(concat(run, "--check"));
    assertEquals(3, stale.code(), stale.toString());
    assertTrue(stale.out().startsWith("--- a/out/report/report.md\n+++ b/out/report/report.md\n"), stale.out());
    GenRunner.Result refused = gen.run(run);
    assertEquals(1, refused.code(), "the edited report is not gen's any more: " + refused);
    assertTrue(refused.err().contains("report.md (changed since gen wrote it)"), refused.err());
    assertEquals("my notes\n", Files.readString(report));
    assertEquals(0, gen.run(concat(run, "--force")).code());
    assertFalse(Files.readString(report).contains("my notes"));
  }

  @Test
  void theReportNeedsADirectoryOfItsOwn() {
    GenRunner.Result stdout = gen.run("bundle", "fixtures/shop", "--stdout", "--report", "r");
    assertEquals(2, stdout.code(), stdout.toString());
    assertTrue(stdout.err().contains("--report writes files: it needs -o DIR, not --stdout"), stdout.err());
    GenRunner.Result same = gen.run("charm", "fixtures/shop", "-o", "out", "--report", "out");
    assertEquals(2, same.code(), same.toString());
    assertTrue(same.err().contains("are the same directory"), same.err());
    GenRunner.Result inside = gen.run("charm", "fixtures/shop", "-o", "out", "--report", "out/.gen/r");
    assertEquals(2, inside.code(), inside.toString());
    assertTrue(inside.err().contains("is inside out"), inside.err());
    GenRunner.Result apart = gen.run("charm", "fixtures/shop", "-o", "out", "--report", "out/report");
    assertEquals(0, apart.code(), "a directory of its own inside the output is fine: " + apart);
    assertFalse(Files.exists(cwd.resolve("out/.gen/r")));
  }

  private static String[] concat(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
