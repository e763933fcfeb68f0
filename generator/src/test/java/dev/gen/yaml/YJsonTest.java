package dev.gen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YJsonTest {
  @Test
  void printsSortedTwoSpaceJsonAndReadsItBack() {
    String text = "{\"b\": [1, 2.5, true, null, \"x\"], \"a\": {}, \"c\": []}";
    YNode node = YJson.parse(text, "t.json");
    String printed = YJson.write(node);
    assertEquals("""
        {
          "a": {},
          "b": [
            1,
            2.5,
            true,
            null,
            "x"
          ],
          "c": []
        }
        """, printed);
    assertEquals(node, YJson.parse(printed, "t.json"));
  }
}
