package dev.gen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlWriterTest {

  @Test
  void writesSortedBlockYamlQuotingWhatWouldChangeType() {
    YNode tree = YJson.parse("""
        {"b": ["yes", "0o17", "22:22", "plain", "", "2001-01-01", "1e3", "x: y"], "a": {"n": 1, "t": true,
         "z": null, "f": 0.5, "s": "multi\\nline"}}
        """, "t");
    assertEquals("""
        a:
          f: 0.5
          n: 1
          s: "multi\\nline"
          t: true
          z: null
        b:
        - "yes"
        - "0o17"
        - "22:22"
        - plain
        - ""
        - "2001-01-01"
        - "1e3"
        - 'x: y'
        """, YamlWriter.write(tree));
  }

  @Test
  void roundTripsThroughTheReader() {
    YNode tree = YJson.parse("{\"k\": [\"on\", \"0755\", \"~\", \"a b\", \"#x\", \"-\", \"$$\"]}", "t");
    YNode back = new YamlReader().readAll(YamlWriter.write(tree), "t").get(0);
    assertEquals(YJson.toJson(tree, true), YJson.toJson(back, true));
  }

  @Test
  void writesInTheTreesOwnOrderWhenAsked() {
    YNode tree = YJson.parse("{\"name\": \"x\", \"b\": {\"z\": 1, \"a\": 2}, \"a\": []}", "t");
    assertEquals("name: x\nb:\n  z: 1\n  a: 2\na: []\n", YamlWriter.writeInOrder(tree));
  }
}
