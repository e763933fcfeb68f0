package dev.gen.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import dev.gen.dockerfile.DockerfileCodes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parser behaviour beyond BuildKit's test files: directives, continuations, flags, heredocs, JSON, locations. */
class DockerfileParserTest {

  private static ParseResult parse(String text) {
    return DockerfileParser.parse("Dockerfile", text);
  }

  private static String dump(String text) {
    return AstDump.dump(parse(text));
  }

  @Test
  void byteOrderMarkAndCrlf() {
    ParseResult r = parse("\uFEFF# escape=`\r\nFROM a\r\nRUN echo `\r\n  b\r\n");
    assertEquals('`', r.escapeToken());
    assertEquals("(from \"a\")\n(run \"echo   b\")\n", AstDump.dump(r));
    assertEquals(3, r.instructions().get(1).startLine());
    assertEquals(4, r.instructions().get(1).endLine());
  }

  @Test
  void directivesOnlyCountAtTheTop() {
    ParseResult r = parse("# Syntax = docker/dockerfile:1\n#ESCAPE=`\n# check=skip=all\nFROM a\n");
    assertEquals(Map.of("syntax", "docker/dockerfile:1", "escape", "`", "check", "skip=all"), r.directives());
    assertEquals(List.of(), r.instructions().get(0).prevComment(), "directives are not comments");
    ParseResult late = parse("# a comment\n# escape=`\nFROM a\n");
    assertEquals('\\', late.escapeToken());
    assertEquals(DockerfileCodes.IGNORED_DIRECTIVE, late.warnings().get(0).code());
    assertEquals(2, late.warnings().get(0).line());
    ParseResult unknown = parse("# foo=bar\n# escape=`\nFROM a\n");
    assertEquals(List.of(DockerfileCodes.UNKNOWN_DIRECTIVE, DockerfileCodes.IGNORED_DIRECTIVE),
        unknown.warnings().stream().map(ParseWarning::code).toList());
    assertEquals('\\', parse("\n# escape=`\nFROM a\n").escapeToken(), "a blank line ends the directives");
    assertEquals(List.of(), parse("FROM a\n# escape=`\n").warnings(), "after instructions it is a comment");
  }

  @Test
  void directiveValues() {
    assertEquals(Map.of("escape", "`"), parse("#\tescape \t=\t` \t\nFROM a\n").directives());
    GenException e = assertThrows(GenException.class, () -> parse("# escape= \nFROM a\n"));
    assertEquals("invalid escape token ' ' does not match ` or \\", e.first().message());
    assertEquals(Map.of(), parse("# escape=\nFROM a\n").directives(), "no value: an ordinary comment");
  }

  @Test
  void continuations() {
    assertEquals("(run \"a   b\")\n", dump("RUN a \\\n# comment\n  \\\nb\n"), "a line of blanks and an escape "
        + "adds its blanks");
    assertEquals("(run \"a \\\\\\\\\")\n(run \"b\")\n", dump("RUN a \\\\\nRUN b\n"), "an escaped escape ends it");
    assertEquals("(run \"a\")\n", dump("RUN a \\"), "a continuation at the end of the file");
    assertEquals("(run \"a\")\n(run \"b\")\n", dump("\\\n\nRUN a\nRUN b\n").replace("", ""));
    assertEquals("(run \"echo hi  \\t there\")\n", dump("RUN echo hi \\ \t \n \\\n\t there\n"));
  }

  @Test
  void emptyContinuationLinesWarnOncePerInstructionAtTheFirstEmptyLine() {
    ParseResult r = parse("FROM a\nRUN a \\\n\n   \n b\nRUN c\n");
    assertEquals(List.of(new ParseWarning(DockerfileCodes.EMPTY_CONTINUATION,
        "Empty continuation line found in: RUN a  b", 3)), r.warnings());
  }

  @Test
  void locationsAndComments() {
    ParseResult r = parse("FROM a\n\n# first\n# second\n   RUN x \\\n     y\n#\nRUN z\n");
    Node run = r.instructions().get(1);
    assertEquals(5, run.startLine());
    assertEquals(6, run.endLine());
    assertEquals(4, run.column());
    assertEquals(List.of("first", "second"), run.prevComment());
    assertEquals("RUN x      y", run.original());
    assertEquals(List.of(), r.instructions().get(2).prevComment(), "an empty comment line resets the comments");
  }

  @Test
  void flagsAreQuoteAwareAndEndAtDoubleDash() {
    Node n = parse("COPY --chown=\"app user\" --from='build' --link -- --not-a-flag /dst\n").instructions()
        .get(0);
    assertEquals(List.of("--chown=app user", "--from=build", "--link"), n.flags());
    assertEquals(List.of("--not-a-flag", "/dst"), n.args());
    assertEquals(List.of("--x=a\\b", "--y=é"), parse("RUN --x=a\\\\b --y=é true\n").instructions().get(0).flags());
    assertEquals("(run [\"--mount=type=cache,target=/x\"] \"--notflag\")\n",
        dump("RUN --mount=type=cache,target=/x -- --notflag\n"));
  }

  @Test
  void keywordsAreCaseInsensitiveAndDumpedInLowerCase() {
    assertEquals("(run \"a\")\n(unknownthing \"\")\n(onbuild (copy [\"--from=x\"] \"a\" \"b\"))\n",
        dump("rUn a\nUnknownThing with args\nONBUILD COPY --from=x a b\n"));
    assertEquals("run", parse("Run a\n").instructions().get(0).command());
    assertEquals("Run", parse("Run a\n").instructions().get(0).keyword());
  }

  @Test
  void jsonForms() {
    assertEquals("(cmd \"\ufffd\" \"😀\" \"\\u2028\")\n", dump("CMD [\"\\ud800\", \"\\ud83d\\ude00\", \"\\u2028\"]\n"));
    assertEquals("(cmd \"[1e999]\")\n", dump("CMD [1e999]\n"), "a number Go cannot hold: the shell form");
    assertEquals("(cmd \"[\\\"a\\\"] x\")\n", dump("CMD [\"a\"] x\n"), "text after the array: the shell form");
    assertEquals("(run \"[\\\"c:\\\\windows\\\\x\\\"]\")\n", dump("RUN [\"c:\\windows\\x\"]\n"));
    assertEquals("(volume \"/a\" \"/b\")\n", dump("VOLUME [ \"/a\" ,\n\"/b\" ]\n".replace("\n\"", " \"")));
    assertEquals("(expose \"[\\\"80\\\"]\")\n", dump("EXPOSE [\"80\"]\n"), "EXPOSE never reads JSON");
    GenException e = assertThrows(GenException.class, () -> parse("FROM a\nRUN [\"a\", {\"b\": null}]\n"));
    assertEquals(2, e.first().location().line());
    assertTrue(parse("CMD [\"a\"]\n").instructions().get(0).json());
    assertFalse(parse("CMD [\"a\"\n").instructions().get(0).json());
  }

  @Test
  void argumentShapes() {
    assertEquals("(healthcheck \"CMD\" \"a  b\")\n", dump("HEALTHCHECK\tCMD\t a  b\n"));
    assertEquals("(healthcheck \"NONE\")\n", dump("HEALTHCHECK NONE\n"));
    assertEquals("(arg \"a=\\\"x y\\\"\" \"b\")\n", dump("ARG a=\"x y\" b\n"));
    assertEquals("(label \"a\" \"b c\" \"=\" \"d\" \"\" \"=\")\n", dump("LABEL a=b\\ c d=\n")
        .replace("b\\\\ c", "b c"));
    assertEquals("(user \"a b\")\n(workdir \"/x y\")\n(stopsignal \"9\")\n(maintainer \"me <m@x>\")\n",
        dump("USER a b\nWORKDIR /x y\nSTOPSIGNAL 9\nMAINTAINER me <m@x>\n"));
    assertEquals("(from \"a\" \"AS\" \"b\")\n", dump("FROM\ta\tAS  b\n"));
    assertEquals("(cmd)\n(entrypoint)\n", dump("CMD\nENTRYPOINT\n"));
  }

  @Test
  void dumpQuotesLikeGo() {
    assertEquals("(run \"é ü \\u00a0 \\x7f \\a 한국어\")\n", dump("RUN é ü \u00a0 \u007f \u0007 한국어\n"));
  }

  @Test
  void heredocs() {
    ParseResult r = parse("FROM a\nCOPY <<one 3<<-\"two\" /dst\r\n1\r\none\r\n\t\t2\n\ttwo\nRUN <<x cat\n#!/bin/sh\nx\n");
    Node copy = r.instructions().get(1);
    assertEquals(List.of(new Heredoc("one", "1\r\n", true, false, 0), new Heredoc("two", "\t\t2\n", false, true, 3)),
        copy.heredocs());
    assertEquals("\t\t2\n", copy.heredocs().get(1).content());
    assertEquals("2\n", copy.heredocs().get(1).chompedContent());
    assertEquals(6, copy.endLine());
    Node run = r.instructions().get(2);
    assertEquals("#!/bin/sh\n", run.heredocs().get(0).content());
    assertEquals(List.of(), parse("RUN [\"<<EOF\"]\nEOF\n").instructions().get(0).heredocs(),
        "never in the JSON form");
    assertEquals(List.of(), parse("RUN <<<EOF\n").instructions().get(0).heredocs());
    assertEquals(List.of("one"), parse("RUN <<one two\none\n").instructions().get(0).heredocs().stream()
        .map(Heredoc::name).toList(), "an unquoted delimiter is one word");
    assertEquals(1, parse("ONBUILD RUN <<EOF\nx\nEOF\n").instructions().get(0).heredocs().size());
  }
}
