package dev.gen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.render.TemplateEngine;
import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/mapping.md} is what the mapping table gives, and the table is whole. */
class MappingDocTest {

  @Test
  void theTableIsWhole() {
    assertEquals(List.of(), MappingTable.standard().problems());
  }

  @Test
  void docsMappingIsUpToDate() throws IOException {
    String expected = new MappingDoc(TemplateEngine.builtIn()).render(MappingTable.standard());
    Path doc = Fixtures.repositoryRoot().resolve("docs/mapping.md");
    Path received = Fixtures.repositoryRoot().resolve("docs/mapping.received.md");
    String actual = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Files.writeString(received, expected, StandardCharsets.UTF_8);
      fail("docs/mapping.md differs from what the mapping tables give; read docs/mapping.received.md and, if it is"
          + " right, move it over docs/mapping.md");
    }
    Files.deleteIfExists(received);
  }
}
