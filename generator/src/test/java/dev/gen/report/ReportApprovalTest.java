package dev.gen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.compose.MappedProject;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.FixtureApprovals;
import dev.gen.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * {@code gen report} for the example projects: {@code report.md} approved for each, {@code report.html} for two of
 * them (read in a browser-like renderer before approving), both deterministic, the HTML self-contained.
 */
class ReportApprovalTest {

  private static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  static Stream<String> projects() {
    return Stream.of("dockerfiles", "hints", "platform", "shop", "webapp", "wordpress");
  }

  static FileTree report(Path input) {
    Diagnostics loading = new Diagnostics();
    MappedProject mapped = new InputLoader().loadMapped(
        InputRequest.of(List.of(input), Fixtures.root(), Map.of()), loading);
    ConversionReport report = new ReportBuilder(ENGINE).build(mapped, loading.all(),
        new TargetRuns(ENGINE).all(mapped.project()));
    return new ReportWriter(ENGINE).write(report);
  }

  @ParameterizedTest
  @MethodSource("projects")
  void approved(String fixture) throws Exception {
    FileTree tree = report(Fixtures.fixture(fixture));
    assertEquals(List.of("report.html", "report.md"), List.copyOf(tree.files().keySet()));
    checkHtml(tree.text("report.html"));
    checkTables(tree.text("report.md"));
    FixtureApprovals.verify(fixture, "report", tree.text("report.md"), "md");
    if (fixture.equals("shop") || fixture.equals("hints")) {
      FixtureApprovals.verify(fixture, "report", tree.text("report.html"), "html");
    }
  }

  @Test
  void theSameProjectGivesTheSameBytes() {
    assertEquals(report(Fixtures.fixture("shop")).toSnapshot(), report(Fixtures.fixture("shop")).toSnapshot());
  }

  @Test
  void hostileValuesStayText(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), """
        name: evil
        services:
          web:
            image: nginx:1
            environment:
              GREETING: "x/<script>alert(1)</script>:1"
            labels:
              "a|b</td><script>": "\\"'&amp;|`*_"
            x-juju:
              title: "</title><script>alert(2)</script>"
            x-notes: "]]> | ``` <!--"
          db:
            image: postgres:16
            ports: ["127.0.0.1:5432:5432/sctp"]
        """);
    FileTree tree = report(dir.resolve("compose.yaml"));
    String html = tree.text("report.html");
    Document doc = checkHtml(html);
    assertFalse(html.contains("<script"), "no markup from the input");
    assertTrue(doc.getDocumentElement().getTextContent().contains("a|b</td><script>"), "a label key with markup");
    String md = tree.text("report.md");
    String outsideCode = md.replaceAll("(?s)```mermaid.*?```", "").replaceAll("(`+)(?:(?!\\1).)*?\\1", "");
    assertFalse(outsideCode.contains("<"), "Markdown viewers render HTML: none may come from the input");
    checkTables(md);
  }

  /** Every row of a Markdown table has as many cells as its header: no value breaks a row. */
  static void checkTables(String md) {
    List<String> lines = md.lines().toList();
    int expected = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      int cells = cells(line);
      if (expected < 0) {
        expected = cells;
      }
      assertEquals(expected, cells, "a table row keeps its cells: " + line);
    }
  }

  /** The cells of a table row: pipes outside code spans that no backslash escapes. */
  private static int cells(String line) {
    String outsideCode = line.replaceAll("(`+)(?:(?!\\1).)*?\\1", "``");
    return outsideCode.split("(?<!\\\\)\\|", -1).length - 2;
  }

  /** Well-formed (the template writes XHTML-compatible HTML), nothing fetched, nothing run. */
  static Document checkHtml(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", doc.getDocumentElement().getLocalName());
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "iframe").getLength());
    assertFalse(html.contains("src="), "nothing loaded from elsewhere");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertTrue(hrefs.group(1).startsWith("#"), "only links inside the page: " + hrefs.group());
    }
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertTrue(urls.group(1).startsWith("#"), "only references inside the page: " + urls.group());
    }
    assertFalse(html.contains("@import"));
    return doc;
  }
}
