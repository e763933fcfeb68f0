package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gen graph}, {@code gen report} and {@code --report} as users run them, on the example projects. */
class GraphAndReportCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run gen(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String shop() {
    return ModelCommandTest.fixtures().resolve("shop").toString();
  }

  @Test
  void graphWritesTheFormatTheFileNameAsksFor() throws Exception {
    Run svg = gen("graph", shop(), "-o", dir.resolve("a/shop.svg").toString());
    assertEquals(0, svg.code(), svg.err());
    assertTrue(Files.readString(dir.resolve("a/shop.svg")).startsWith("<svg "));
    Run mermaid = gen("graph", shop(), "-o", dir.resolve("shop.mmd").toString());
    assertEquals(0, mermaid.code(), mermaid.err());
    assertTrue(Files.readString(dir.resolve("shop.mmd")).contains("flowchart TB"));
    Run dot = gen("graph", shop(), "--format", "dot", "-o", dir.resolve("shop.txt").toString());
    assertEquals(0, dot.code(), dot.err());
    assertTrue(Files.readString(dir.resolve("shop.txt")).contains("digraph \"shop\""));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void graphPrintsOnStdout() {
    Run r = gen("graph", shop(), "--format", "MERMAID", "--stdout");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("s3 --> s0"), r.out());
  }

  @Test
  void graphNeedsOneDestinationAndAKnownFormat() {
    assertEquals(2, gen("graph", shop()).code());
    assertEquals(2, gen("graph", shop(), "--stdout", "-o", dir.resolve("x.svg").toString()).code());
    Run png = gen("graph", shop(), "--format", "png", "--stdout");
    assertEquals(2, png.code());
    assertTrue(png.err().contains("expected svg, mermaid or dot"), png.err());
  }

  @Test
  void reportWritesBothFilesForEveryTarget() throws Exception {
    Run r = gen("report", shop(), "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    String md = Files.readString(dir.resolve("report.md"));
    String html = Files.readString(dir.resolve("report.html"));
    for (String target : new String[] {"charm (Kubernetes)", "charm (machine)", "bundle", "blueprint (vm style)",
        "blueprint (container style)"}) {
      assertTrue(md.contains("| " + target), target);
      assertTrue(html.contains("<th>" + target + "</th>"), target);
    }
    assertTrue(html.contains("<svg "), "the picture is inline");
    assertEquals(2, gen("report", shop()).code(), "-o is required");
  }

  @Test
  void generatingCommandsReportTheirOwnRun() throws Exception {
    Run charm = gen("charm", shop(), "-o", dir.resolve("charms").toString(), "--report",
        dir.resolve("r1").toString());
    assertEquals(0, charm.code(), charm.err());
    String md = Files.readString(dir.resolve("r1/report.md"));
    assertTrue(md.contains("| charm (Kubernetes), `--flavour k8s` | 2 | 3 |"), md);
    assertFalse(md.contains("blueprint (vm style)"), "only the target that ran");
    Run blueprint = gen("blueprint", shop(), "--style", "container", "-o", dir.resolve("bp").toString(),
        "--report", dir.resolve("r2").toString());
    assertEquals(0, blueprint.code(), blueprint.err());
    String bp = Files.readString(dir.resolve("r2/report.md"));
    assertTrue(bp.contains("| blueprint (container style), `--style container` | 8 | 0 |"), bp);
    assertTrue(bp.contains("| loading the project | 0 | 0 |"), "the target's warnings are not counted as loading's");
    Run bundle = gen("bundle", shop(), "-o", dir.resolve("b").toString(), "--report", dir.resolve("r3").toString());
    assertEquals(0, bundle.code(), bundle.err());
    assertTrue(Files.readString(dir.resolve("r3/report.html")).contains("<th>bundle</th>"));
    assertFalse(Files.exists(dir.resolve("charms/report.md")), "the report goes where --report says");
  }
}
