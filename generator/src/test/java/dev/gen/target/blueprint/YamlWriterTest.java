package dev.gen.target.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.testing.HostileProjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class YamlWriterTest {

  @Test
  void everyStringRoundTrips() {
    Map<String, Object> map = new LinkedHashMap<>();
    HostileProjects.values().forEach((k, v) -> {
      if (!YamlWriter.needsProtection(v)) {
        map.put(k, v);
      }
    });
    map.put("list", List.of("a", "- b", "c: d", "", "yes", "0755", "~"));
    map.put("nested", Map.of("key with: colon", List.of(Map.of("x", "y"))));
    Object back = new Yaml().load(YamlWriter.map(map, 0));
    assertEquals(map, back);
  }

  @Test
  void scriptsAreLiteralBlocksWhenThatKeepsThemExactly() {
    String script = "set -eu\nif [ \"$x\" = 'a b' ]; then\n  echo \"#1: $(date)\"\nfi\n\n# done\n";
    String yaml = YamlWriter.map(Map.of("launch.command", new Script(script)), 0);
    assertTrue(yaml.startsWith("launch.command: |\n  set -eu\n"), yaml);
    assertEquals(script, ((Map<?, ?>) new Yaml().load(yaml)).get("launch.command"));
  }

  @Test
  void scriptsThatABlockWouldChangeAreQuoted() {
    for (String script : List.of("no newline at the end", " leading space\n", "two\n\n", "nel \u0085 here\n",
        "cr\r\n", "\n")) {
      String yaml = YamlWriter.map(Map.of("c", new Script(script)), 0);
      assertFalse(yaml.contains("|"), yaml);
      assertEquals(script, ((Map<?, ?>) new Yaml().load(yaml)).get("c"), yaml);
    }
  }

  @Test
  void textThatBrooklynWouldRunAsDslIsGuarded() {
    String dsl = "$brooklyn:entity(\"db\").attributeWhenReady(\"host.address\")";
    String yaml = YamlWriter.map(Map.of("v", dsl), 0);
    Map<?, ?> back = (Map<?, ?>) new Yaml().load(yaml);
    // formatString("$%s", "brooklyn:...") gives the text back without evaluating it
    assertEquals(Map.of("$brooklyn:formatString", List.of("$%s", dsl.substring(1))), back.get("v"));
  }

  @Test
  void dslExpressionsArePlainScalarsThatParseAsThemselves() {
    Dsl d = Dsl.attributeWhenReady("db", "host.address");
    String yaml = YamlWriter.map(Map.of("v", d), 0);
    assertEquals("v: $brooklyn:entity(\"db\").attributeWhenReady(\"host.address\")\n", yaml);
    assertEquals(d.expression(), ((Map<?, ?>) new Yaml().load(yaml)).get("v"));
  }

  @Test
  void dslRefusesTextItCannotQuote() {
    for (String bad : List.of("a\"b", "a b", "x)", "", "$(id)")) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Dsl.attributeWhenReady(bad, "host.address"), bad);
    }
  }

  @Test
  void numbersBooleansAndEmptyCollectionsKeepTheirType() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("n", 3);
    map.put("b", true);
    map.put("e", List.of());
    map.put("m", Map.of());
    map.put("s", "3");
    Map<Object, Object> ports = new LinkedHashMap<>();
    ports.put(8080, 80);
    map.put("ports", ports);
    assertEquals(map, new Yaml().load(YamlWriter.map(map, 0)));
  }
}
