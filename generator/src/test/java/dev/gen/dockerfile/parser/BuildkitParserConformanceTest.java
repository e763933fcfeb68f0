package dev.gen.dockerfile.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BuildKit's parser test data (copied under {@code fixtures/conformance/dockerfile/}): every positive case must dump
 * byte for byte to its {@code result}, every negative case must be rejected with a located message, and the three
 * cases derived from BuildKit's Go tests must match their expected AST and JSON (lines, joined line, heredocs,
 * warnings).
 */
class BuildkitParserConformanceTest {

  private static final Path ROOT = Fixtures.root().resolve("conformance/dockerfile");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<String> positiveCases() throws IOException {
    return listDirs(ROOT.resolve("buildkit-testfiles/testfiles"));
  }

  static Stream<String> negativeCases() throws IOException {
    return listDirs(ROOT.resolve("buildkit-testfiles/testfiles-negative"));
  }

  static Stream<String> derivedCases() throws IOException {
    return listDirs(ROOT.resolve("buildkit-derived"));
  }

  private static Stream<String> listDirs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static ParseResult parseFile(Path dockerfile) throws IOException {
    return DockerfileParser.parse(DockerfileSource.of("Dockerfile", Files.readAllBytes(dockerfile)));
  }

  @ParameterizedTest
  @MethodSource("positiveCases")
  void dumpsLikeBuildkit(String name) throws IOException {
    Path dir = ROOT.resolve("buildkit-testfiles/testfiles").resolve(name);
    String expected = Files.readString(dir.resolve("result"), StandardCharsets.UTF_8);
    assertEquals(expected, AstDump.dump(parseFile(dir.resolve("Dockerfile"))), name);
  }

  @ParameterizedTest
  @MethodSource("negativeCases")
  void rejectsLikeBuildkit(String name) {
    Path file = ROOT.resolve("buildkit-testfiles/testfiles-negative").resolve(name).resolve("Dockerfile");
    GenException e = assertThrows(GenException.class, () -> parseFile(file));
    assertEquals("Dockerfile", e.first().location().file());
    assertEquals(DockerfileCodes.SYNTAX, e.first().code());
    String expected = switch (name) {
      case "empty_dockerfile", "only_comments" -> "file with no instructions";
      case "env_no_value" -> "ENV must have two arguments";
      case "shykes-nested-json" -> "when using JSON array syntax, arrays must be comprised of strings only";
      default -> throw new AssertionError("unexpected negative case " + name);
    };
    assertEquals(expected, e.first().message());
    if (!name.equals("empty_dockerfile") && !name.equals("only_comments")) {
      assertTrue(e.first().location().line() > 0, "located at a line: " + e.first().format());
    }
  }

  @ParameterizedTest
  @MethodSource("derivedCases")
  void matchesDerivedExpectations(String name) throws IOException {
    Path dir = ROOT.resolve("buildkit-derived").resolve(name);
    ParseResult result = parseFile(dir.resolve("Dockerfile"));
    assertEquals(Files.readString(dir.resolve("Dockerfile.result"), StandardCharsets.UTF_8), AstDump.dump(result));

    JsonNode expected = JSON.readTree(dir.resolve("Dockerfile.json").toFile());
    assertEquals(expected.get("escapeToken").asString(), Character.toString(result.escapeToken()));
    JsonNode instructions = expected.get("instructions");
    assertEquals(instructions.size(), result.instructions().size());
    for (int i = 0; i < instructions.size(); i++) {
      JsonNode want = instructions.get(i);
      Node got = result.instructions().get(i);
      String where = name + " instruction " + i;
      assertEquals(want.get("startLine").asInt(), got.startLine(), where);
      assertEquals(want.get("endLine").asInt(), got.endLine(), where);
      assertEquals(want.get("original").asString(), got.original(), where);
      JsonNode docs = want.get("heredocs");
      List<Heredoc> gotDocs = got.heredocs();
      assertEquals(docs == null ? 0 : docs.size(), gotDocs.size(), where);
      for (int j = 0; j < gotDocs.size(); j++) {
        JsonNode doc = docs.get(j);
        Heredoc h = gotDocs.get(j);
        assertEquals(doc.get("name").asString(), h.name(), where);
        assertEquals(doc.get("content").asString(), h.content(), where);
        assertEquals(doc.get("expand").asBoolean(), h.expand(), where);
        assertEquals(doc.get("chomp").asBoolean(), h.chomp(), where);
        assertEquals(doc.get("fd").asLong(), h.fd(), where);
      }
    }
    List<String> expectedWarnings = new ArrayList<>();
    JsonNode warnings = expected.get("warnings");
    if (warnings != null && !warnings.isNull()) {
      warnings.forEach(w -> expectedWarnings.add(w.asString()));
    }
    List<String> gotWarnings = result.warnings().stream()
        .filter(w -> w.code().equals(DockerfileCodes.EMPTY_CONTINUATION))
        .map(ParseWarning::message)
        .toList();
    assertEquals(expectedWarnings, gotWarnings, name);
  }

  @Test
  void allCasesArePresent() throws IOException {
    assertEquals(33, positiveCases().count());
    assertEquals(4, negativeCases().count());
    assertEquals(3, derivedCases().count());
    assertFalse(ROOT.resolve("LICENSE").toString().isEmpty());
    assertTrue(Files.isRegularFile(ROOT.resolve("LICENSE")));
  }
}
