package dev.gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class EscapersTest {

  static List<String> hostile() {
    return List.of("", "plain", "yes", "No", "ON", "null", "~", "8080", "0755", "1:20", "22:22", "1e3", ".inf",
        "-", "- a", "a: b", "a #b", "#c", "'q'", "\"dq\"", "back\\slash", "tab\there", "new\nline", "cr\rlf",
        "$(rm -rf /)", "`id`", "${HOME}", "a\u0085b", "a\u2028b\u2029c", "nul\u0000byte", "bell\u0007",
        "del\u007f", "\uFEFFbom", "nbsp\u00a0x", "emoji \uD83D\uDE00", "[a, b]", "{a: b}", "&anchor", "*alias",
        "!tag", "%directive", "@at", "|literal", ">folded", "  leading", "trailing  ", "ubuntu@24.04",
        "/bin/sh", "//x", "http://x/y?z=1&w", "2001-12-14", "0x1F", "0o17", "+1", "true", "Y", "n");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void yamlScalarsRoundTripThroughSnakeYaml(String value) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> parsed = yaml.load("k: " + Escapers.yamlScalar(value) + "\n");
    assertEquals(value, parsed.get("k"), () -> "as written: " + Escapers.yamlScalar(value));
    Map<String, Object> asKey = yaml.load(Escapers.yamlScalar(value.isEmpty() ? "e" : value) + ": 1\n");
    assertEquals(List.of(value.isEmpty() ? "e" : value), List.copyOf(asKey.keySet()));
  }
}
