package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gen.diag.GenException;
import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The env-file grammar. The fixtures are compose-go's ({@code dotenv/fixtures}); the expected values are those of
 * compose-go's Go tests, checked against Docker Compose 2.26.1 (each fixture loaded as an {@code env_file}).
 */
class DotenvTest {

  private static final Path FIXTURES =
      Fixtures.root().resolve("conformance/compose/compose-go-testdata/dotenv/fixtures");

  private static Map<String, String> fixture(String name, Map<String, String> env) throws IOException {
    return Dotenv.parse(Files.readString(FIXTURES.resolve(name)), name, env::get, null);
  }

  private static Map<String, String> parse(String text) {
    return Dotenv.parse(text, "t.env", k -> null, null);
  }

  @Test
  void plain() throws IOException {
    assertEquals(Map.of("OPTION_A", "1", "OPTION_B", "2", "OPTION_C", "3", "OPTION_D", "4", "OPTION_E", "5",
        "456", "ABC", "OPTION_F", "", "OPTION_G", "", "OPTION_H", "my string"), fixture("plain.env", Map.of()));
  }

  @Test
  void byteOrderMark() throws IOException {
    assertEquals(fixture("plain.env", Map.of()), Dotenv.parse(
        new String(Files.readAllBytes(FIXTURES.resolve("utf8-bom.env")), java.nio.charset.StandardCharsets.UTF_8),
        "bom", k -> null, null));
  }

  @Test
  void quoted() throws IOException {
    Map<String, String> m = fixture("quoted.env", Map.of());
    assertEquals("1", m.get("OPTION_A"));
    assertEquals("", m.get("OPTION_C"));
    assertEquals("\\n", m.get("OPTION_D"));
    assertEquals("\n", m.get("OPTION_H"));
    assertEquals("echo 'asd'", m.get("OPTION_I"));
    assertEquals("first line\nsecond line\nthird line\nand so on", m.get("OPTION_J"));
    assertEquals("Let's go!", m.get("OPTION_K"));
    assertEquals("last value", m.get("OPTION_Z"));
  }

  @Test
  void exportedEqualsUnquotedSpecial() throws IOException {
    assertEquals(Map.of("OPTION_A", "2", "OPTION_B", "\\n"), fixture("exported.env", Map.of()));
    assertEquals(Map.of("OPTION_A", "postgres://localhost:5432/database?sslmode=disable"),
        fixture("equals.env", Map.of()));
    Map<String, String> u = fixture("unquoted.env", Map.of());
    assertEquals("some quoted phrase", u.get("OPTION_A"));
    assertEquals("then another one with an unquoted phrase special è char", u.get("OPTION_D"));
    assertEquals(Map.of("VAR.WITH.DOTS", "dots", "VAR_WITH_UNDERSCORES", "underscores", "VAR-WITH-DASHES",
        "dashes"), fixture("special.env", Map.of()));
    assertEquals(Map.of("FOO", "BAR", "ZOT", "QIX"), fixture("custom.format", Map.of()));
  }

  @Test
  void substitutionsAndInheritedKeys() throws IOException {
    Map<String, String> expected = Map.of("OPTION_A", "1", "OPTION_B", "1", "OPTION_C", "1", "OPTION_D", "1_1",
        "OPTION_E", "");
    assertEquals(expected, fixture("substitutions.env", Map.of()));
    assertEquals(expected, fixture("substitutions-default.env", Map.of()));
    Map<String, String> os = Map.of("VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE");
    assertEquals(Map.of("foo", "bar", "bar", "baz", "VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE"),
        fixture("inherited-multi-var.env", os));
    assertEquals(os, fixture("inherited-single-var.env", os));
    assertEquals(Map.of(), fixture("inherited-not-found.env", Map.of()));
  }

  @Test
  void invalidFile() {
    GenException e = assertThrows(GenException.class, () -> fixture("invalid1.env", Map.of()));
    assertEquals("line 7: key cannot contain a space", e.first().message());
    assertEquals(7, e.first().location().line());
  }

  @Test
  void lineRules() {
    assertEquals(Map.of("FOO", "bar"), parse("FOO =bar"));
    assertEquals(Map.of("FOO", "bar"), parse("FOO= bar "));
    assertEquals(Map.of("FOO", "escaped\"bar"), parse("FOO=\"escaped\\\"bar\""));
    assertEquals(Map.of("FOO", "'d'"), parse("FOO=\"'d'\""));
    assertEquals(Map.of("OPTION_A", "Foo=bar"), parse("OPTION_A: Foo=bar"));
    assertEquals(Map.of("OPTION_A", "1:B"), parse("OPTION_A=1:B"));
    assertEquals(Map.of("exportFoo", "2"), parse("export exportFoo=2"));
    assertEquals(Map.of("export.FOO", "2"), parse("export.FOO= 2"));
    assertEquals(Map.of("OPTION_A", "2"), parse("\texport OPTION_A=2"));
    assertEquals(Map.of("FOO", "bar"), parse("FOO=bar # this is foo"));
    assertEquals(Map.of("FOO", "bar#baz"), parse("FOO=bar#baz"));
    assertEquals(Map.of("FOO", "bar#baz"), parse("FOO=\"bar#baz\" # comment"));
    assertEquals(Map.of("FOO", "bar\n\\ b\u0007z"), parse("FOO=\"bar\\n\\ b\\az\""));
    assertEquals(Map.of("BAR", "x\\ y"), parse("BAR=\"x\\\\ y\""));
    assertEquals(Map.of("A", "x\\'y"), parse("A=\"x\\'y\""));
    assertEquals(Map.of("A", "\\\"z"), parse("A=\\\"z"));
    assertEquals(Map.of("A", "A"), parse("A=\"\\0101\""));
    assertEquals(Map.of("", "value"), parse("=\"value\""));
    assertEquals(Map.of(), parse("\n\r\n\t\t \n# comment\n\t # indented comment\n"));
  }

  @Test
  void expansion() {
    assertEquals(Map.of("FOO", "test", "BAR", "testbar"), parse("FOO=test\nBAR=${FOO}bar"));
    assertEquals(Map.of("BAR", ""), parse("BAR=$FOO"));
    assertEquals(Map.of("FOO", "test", "BAR", "quote test"), parse("FOO=test\nBAR=\"quote $FOO\""));
    assertEquals(Map.of("BAR", "quote $FOO"), parse("BAR='quote $FOO'"));
    assertEquals(Map.of("FOO", "foo$BAR"), parse("FOO=\"foo\\$BAR\""));
    assertEquals(Map.of("FOO", "test", "BAR", "foo${FOO} test"), parse("FOO=test\nBAR=\"foo\\${FOO} ${FOO}\""));
    assertEquals(Map.of("P", "$A"), parse("P=$$A"));
  }

  @Test
  void environmentWinsInExpansionAndUnsetIsReported() {
    List<String> unset = new ArrayList<>();
    Map<String, String> m = Dotenv.parse("A=file\nB=${A}-${NOPE}\n", "t", Map.of("A", "os")::get, unset::add);
    assertEquals("file", m.get("A"));
    assertEquals("os-", m.get("B"));
    assertEquals(List.of("NOPE"), unset);
  }

  @Test
  void errors() {
    assertEquals("line 2: unterminated quoted value \"abc",
        assertThrows(GenException.class, () -> parse("A=\"abc\n")).first().message());
    assertEquals("line 1: unexpected character \"$\" in variable name \"lol$wut\"",
        assertThrows(GenException.class, () -> parse("lol$wut")).first().message());
  }

  @Test
  void rawFormatTakesValuesLiterally() {
    assertEquals(Map.of("A", "'x' # not a comment", "B", "${C}"),
        Dotenv.parseRaw("A='x' # not a comment\nB=${C}\n", "raw.env"));
  }
}
