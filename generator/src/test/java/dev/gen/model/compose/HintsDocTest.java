package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.charmhub.CharmhubCharms;
import dev.gen.testing.Fixtures;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code docs/hints.md} describes every hint the schema allows, and names every Charmhub charm gen knows. */
class HintsDocTest {

  @Test
  void everyHintOfTheSchemaIsDocumented() throws IOException {
    String doc = Files.readString(Fixtures.repositoryRoot().resolve("docs/hints.md"));
    JsonNode schema = YJson.MAPPER.readTree(Fixtures.repositoryRoot().resolve("schemas/x-hints.schema.json")
        .toFile());
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      for (Map.Entry<String, JsonNode> hint : def.getValue().path("properties").properties()) {
        if (def.getKey().endsWith("Juju") || def.getKey().endsWith("Brooklyn")) {
          assertTrue(doc.contains("| `" + hint.getKey() + "` |"), "docs/hints.md has a row for " + hint.getKey());
          assertTrue(hint.getValue().has("description"), "the schema describes " + hint.getKey());
        }
      }
    }
    for (CharmFlavour flavour : CharmFlavour.values()) {
      for (String charm : CharmhubCharms.charmNames(flavour)) {
        assertTrue(doc.contains("`" + charm + "`"), "docs/hints.md names the Charmhub charm " + charm);
      }
    }
  }
}
