package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact text of diagnostics for people, with and without colour. */
class DiagnosticPrinterTest {

  @TempDir Path dir;

  private DiagnosticPrinter printer(boolean color) {
    return new DiagnosticPrinter(new SourceLines(List.of(dir)), color);
  }

  private static Diagnostic at(String file, int line, int column, String keyPath, String message) {
    return new Diagnostic(Severity.ERROR, "test.code", message, new SourceLocation(file, line, column), keyPath, "");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void locationMessageSourceLineCaretKeyAndHint() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"80\"\n      - \"eighty\"\n");
    Diagnostic d = at("compose.yaml", 6, 9, "services.web.ports[1]", "invalid port \"eighty\"")
        .withHint("a port is a number between 1 and 65535");
    assertEquals("""
        compose.yaml:6:9: error: invalid port "eighty"
            6 |       - "eighty"
              |         ^
          key: services.web.ports[1]
          hint: a port is a number between 1 and 65535
        """, printer(false).format(d));
  }

  @Test
  void colourOnlyWhereItHelps() throws IOException {
    write("compose.yaml", "a: 1\n");
    Diagnostic error = at("compose.yaml", 1, 4, "a", "not a string");
    assertEquals("\u001b[1mcompose.yaml:1:4\u001b[0m: \u001b[1;31merror:\u001b[0m not a string\n"
        + "    1 | a: 1\n"
        + "      |    \u001b[1;31m^\u001b[0m\n"
        + "  \u001b[1mkey:\u001b[0m a\n", printer(true).format(error));
    Diagnostic warning = Diagnostic.warning("w", "obsolete", SourceLocation.UNKNOWN, "");
    assertEquals("\u001b[1mgen\u001b[0m: \u001b[1;33mwarning:\u001b[0m obsolete\n", printer(true).format(warning));
    assertEquals("gen: warning: obsolete\n", printer(false).format(warning));
  }

  @Test
  void tabsAndWideAndCombiningCharactersKeepTheCaretUnderItsCharacter() throws IOException {
    write("tabs.yaml", "\tkey:\tvalue\n");
    assertEquals("""
        tabs.yaml:1:6: error: x
            1 |     key:    value
              |         ^
        """, printer(false).format(at("tabs.yaml", 1, 6, "", "x")));
    write("wide.yaml", "名前: \"日本\" # x\n");
    // 名 and 前 take two cells each; the caret is under the opening quote, the fifth character
    assertEquals("""
        wide.yaml:1:5: error: x
            1 | 名前: "日本" # x
              |       ^
        """, printer(false).format(at("wide.yaml", 1, 5, "", "x")));
    write("accents.yaml", "cafe\u0301: tea\n");
    assertEquals("""
        accents.yaml:1:7: error: x
            1 | cafe\u0301: tea
              |      ^
        """, printer(false).format(at("accents.yaml", 1, 7, "", "x")));
  }

  @Test
  void aLineTooWideIsCutAroundTheColumn() throws IOException {
    String line = "k: " + "a".repeat(200) + "X" + "b".repeat(200);
    write("long.yaml", line + "\n");
    String out = printer(false).format(at("long.yaml", 1, 204, "", "here"));
    String[] lines = out.split("\n");
    assertEquals("    1 | ..." + "a".repeat(40) + "X" + "b".repeat(59) + "...", lines[1]);
    assertEquals("      | " + " ".repeat(43) + "^", lines[2]);
    String start = printer(false).format(at("long.yaml", 1, 1, "", "start")).split("\n")[1];
    assertEquals("    1 | k: " + "a".repeat(97) + "...", start);
  }

  @Test
  void controlCharactersAndBidiOverridesNeverReachTheTerminal() throws IOException {
    write("evil.yaml", "name: \"\u001b[2J\u202egnp.exe\"\n");
    String out = printer(false).format(at("evil.yaml", 1, 7, "services.\u001b]0;title\u0007", "bad \u001b[31mvalue"));
    assertEquals("""
        evil.yaml:1:7: error: bad \\x1b[31mvalue
            1 | name: "\\x1b[2J\\u202egnp.exe"
              |       ^
          key: services.\\x1b]0;title\\x07
        """, out);
    assertTrue(out.chars().noneMatch(c -> c == 0x1b || c == 0x202e));
  }

  @Test
  void noSourceLineWhenTheFileIsGoneOrNotAFileOrTheLineIsNotThere() throws IOException {
    String expected = "gone.yaml:3:1: error: x\n";
    assertEquals(expected, printer(false).format(at("gone.yaml", 3, 1, "", "x")));
    Files.createDirectories(dir.resolve("folder"));
    assertEquals("folder:1:1: error: x\n", printer(false).format(at("folder", 1, 1, "", "x")));
    write("short.yaml", "one\n");
    assertEquals("short.yaml:7:1: error: x\n", printer(false).format(at("short.yaml", 7, 1, "", "x")));
    assertEquals("(dockerfile_inline of web):2:1: error: x\n",
        printer(false).format(at("(dockerfile_inline of web)", 2, 1, "", "x")));
  }

  @Test
  void lineWithoutColumnAndEndOfFile() throws IOException {
    write("crlf.yaml", "\uFEFFa: 1\r\nb: [\r\n");
    assertEquals("""
        crlf.yaml:1: error: x
            1 | a: 1
        """, printer(false).format(at("crlf.yaml", 1, 0, "", "x")));
    assertEquals("""
        crlf.yaml:3:1: error: unexpected end of the file
            3 |\s
              | ^
        """, printer(false).format(at("crlf.yaml", 3, 1, "", "unexpected end of the file")));
    assertEquals("""
        crlf.yaml:2:9: error: x
            2 | b: [
              |     ^
        """, printer(false).format(at("crlf.yaml", 2, 9, "", "x")));
  }

  @Test
  void invalidUtf8IsShownReplaced() throws IOException {
    Files.write(dir.resolve("bin.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
    assertEquals("""
        bin.yaml:1:4: error: x
            1 | a: \uFFFD\uFFFD
              |    ^
        """, printer(false).format(at("bin.yaml", 1, 4, "", "x")));
  }

  @Test
  void multiLineMessagesAndAbsolutePaths() throws IOException {
    write("f.txt", "x\n");
    Path abs = dir.resolve("f.txt");
    Diagnostic d = at(abs.toString(), 1, 1, "", "refusing to overwrite 2 files in out:\n  a (not written by gen)\n  b");
    assertEquals(abs + ":1:1: error: refusing to overwrite 2 files in out:\n  a (not written by gen)\n  b\n"
        + "    1 | x\n      | ^\n", new DiagnosticPrinter(new SourceLines(List.of()), false).format(d));
  }

  /** A newline in a value (a file name, a service name in a message, a key) cannot start a line of its own. */
  @Test
  void newlinesFromValuesCannotForgeADiagnosticLine() {
    Diagnostic d = at("a\nb.yaml:1:1: error: forged", 0, 0, "services.web\nx.image",
        "services Additional property web\nx.yaml:1:1: error: forged is not allowed\n");
    assertEquals("""
        a\\x0ab.yaml:1:1: error: forged: error: services Additional property web
          x.yaml:1:1: error: forged is not allowed
         \s
          key: services.web\\x0ax.image
        """, printer(false).format(d));
  }

  @Test
  void aFileNamedRelativeToTheProjectIsShownRelativeToTheWorkingDirectory() throws IOException {
    Path project = Files.createDirectories(dir.resolve("apps/shop"));
    Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    imagee: x\n");
    DiagnosticPrinter fromAbove = new DiagnosticPrinter(new SourceLines(List.of(project, dir)), false, dir);
    String text = fromAbove.format(at("compose.yaml", 3, 5, "services.web.imagee", "unknown key"));
    assertTrue(text.startsWith("apps/shop/compose.yaml:3:5: error: unknown key\n    3 |     imagee: x\n"), text);
    DiagnosticPrinter fromInside = new DiagnosticPrinter(new SourceLines(List.of(project)), false, project);
    assertTrue(fromInside.format(at("compose.yaml", 3, 5, "", "unknown key")).startsWith("compose.yaml:3:5:"));
    assertTrue(fromAbove.format(at("gone.yaml", 3, 5, "", "m")).startsWith("gone.yaml:3:5: error: m\n"),
        "a file that cannot be found is shown as named");
  }
}
