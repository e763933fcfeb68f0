package dev.gen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The YAML reader: go-yaml v3 typing, anchors and merge keys, tags, documents, locations, errors. */
class YamlReaderTest {

  private static YNode value(String yaml) {
    YMap doc = (YMap) new YamlReader().readAll("v: " + yaml + "\n", "t.yaml").get(0);
    return doc.get("v");
  }

  private static Object scalar(String yaml) {
    return ((YScalar) value(yaml)).value();
  }

  /** Each row: the YAML scalar, the Java type go-yaml's value maps to, and its string form. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "true | Boolean | true",
    "False | Boolean | false",
    "TRUE | Boolean | true",
    "yes | String | yes",
    "on | String | on",
    "n | String | n",
    "'true' | String | true",
    "\"123\" | String | 123",
    "22:22 | String | 22:22",
    "0755 | Long | 493",
    "0o755 | Long | 493",
    "0x1F | Long | 31",
    "0b101 | Long | 5",
    "08 | Double | 8.0",
    "1_000 | Long | 1000",
    "-42 | Long | -42",
    "+1 | Long | 1",
    "1.5 | Double | 1.5",
    "1e3 | Double | 1000.0",
    ".5 | Double | 0.5",
    "1_0.5 | Double | 10.5",
    "99999999999999999999 | Double | 1.0E20",
    "18446744073709551615 | BigInteger | 18446744073709551615",
    "._ | String | ._",
    "1.2.3 | String | 1.2.3",
    "2001-12-14 | String | 2001-12-14 00:00:00 +0000 UTC",
    "2001-12-14T21:59:43.10Z | String | 2001-12-14 21:59:43.1 +0000 UTC",
    "2001-12-14 21:59:43 | String | 2001-12-14 21:59:43 +0000 UTC",
    "2001-13-14 | String | 2001-13-14",
    "!!str 0755 | String | 0755",
    "!!int \"12\" | Long | 12",
    "!!float 1 | Double | 1.0",
    "!custom 12 | String | 12",
    "!!binary aGk= | String | hi",
  })
  void typesScalarsAsGoYamlV3(String yaml, String type, String shown) {
    Object v = scalar(yaml);
    assertEquals(type, v.getClass().getSimpleName(), yaml);
    assertEquals(shown, v.toString(), yaml);
  }

  @Test
  void nullForms() {
    assertNull(scalar("~"));
    assertNull(scalar("null"));
    assertNull(scalar("NULL"));
    assertNull(scalar(""));
    assertEquals("", scalar("''"));
  }

  @Test
  void keepsTheSourceText() {
    YScalar s = (YScalar) value("0755");
    assertEquals("0755", s.text());
    assertTrue(s.plain());
    YScalar q = (YScalar) value("\"0755\"");
    assertEquals("0755", q.value());
    assertTrue(!q.plain());
  }

  @Test
  void explicitTagsMustFit() {
    GenException e = assertThrows(GenException.class, () -> value("!!int abc"));
    assertEquals("cannot decode !!str `abc` as a !!int", e.first().message());
    e = assertThrows(GenException.class, () -> value("!!int 1.5"));
    assertEquals("cannot decode !!float `1.5` as a !!int", e.first().message());
    e = assertThrows(GenException.class, () -> value("!!bool yes"));
    assertEquals("cannot decode !!str `yes` as a !!bool", e.first().message());
  }

  @Test
  void resetAndOverrideTagsAreKept() {
    YMap doc = (YMap) new YamlReader().readAll("a: !reset []\nb: !override {x: 1}\nc: !reset\n", "t").get(0);
    assertEquals("!reset", doc.get("a").tag());
    assertEquals("!override", doc.get("b").tag());
    assertEquals("!reset", doc.get("c").tag());
    assertTrue(doc.get("c").isNull() || ((YScalar) doc.get("c")).value().equals(""));
  }

  @Test
  void anchorsAliasesAndMergeKeys() {
    String yaml = """
        x-a: &a {image: x, environment: {A: "1"}, labels: [l]}
        x-b: &b {image: y, restart: always}
        s: {<<: [*a, *b], environment: {B: "2"}}
        t:
          <<: *b
          image: z
        u: *a
        """;
    YMap doc = (YMap) new YamlReader().readAll(yaml, "t").get(0);
    YMap s = doc.getMap("s");
    assertEquals("x", s.getString("image"), "earlier maps in the list win");
    assertEquals("always", s.getString("restart"));
    assertEquals(List.of("B"), List.copyOf(s.getMap("environment").keys()), "explicit keys win entirely");
    assertEquals("z", doc.getMap("t").getString("image"));
    assertEquals("x", doc.getMap("u").getString("image"));
    doc.getMap("u").put("image", YScalar.ofString("changed", doc.location()));
    assertEquals("x", doc.getMap("x-a").getString("image"), "aliases are copies");
  }

  @Test
  void mergeNeedsMappings() {
    GenException e = assertThrows(GenException.class,
        () -> new YamlReader().readAll("x: &a [1]\ns: {<<: *a}\n", "t"));
    assertEquals("map merge requires map or sequence of maps as the value", e.first().message());
    assertEquals(2, e.first().location().line());
  }

  @Test
  void locatesNodesAndKeys() {
    YMap doc = (YMap) new YamlReader().readAll("services:\n  web:\n    image: nginx\n", "c.yaml").get(0);
    YMap web = doc.getMap("services").getMap("web");
    assertEquals("c.yaml:3:12", web.get("image").location().toString());
    assertEquals("c.yaml:3:5", web.keyLocation("image").toString());
  }

  @Test
  void readsEveryDocument() {
    List<YNode> docs = new YamlReader().readAll("a: 1\n---\nb: 2\n---\n", "t");
    assertEquals(3, docs.size());
    assertTrue(docs.get(2).isNull());
    assertTrue(new YamlReader().readAll("", "t").isEmpty());
    assertTrue(new YamlReader().readAll("# only a comment\n", "t").isEmpty());
  }

  @Test
  void rejectsNonStringKeys() {
    GenException e = assertThrows(GenException.class, () -> new YamlReader().readAll("a:\n  1: x\n", "t"));
    assertEquals("Non-string key in a: 1", e.first().message());
    e = assertThrows(GenException.class, () -> new YamlReader().readAll("~: x\n", "t"));
    assertEquals("Non-string key at top level: <nil>", e.first().message());
    e = assertThrows(GenException.class, () -> new YamlReader().readAll("2001-01-01: x\n", "t"));
    assertTrue(e.first().message().startsWith("Non-string key at top level: "), e.first().message());
  }

  @Test
  void enforcesTheLimitsItIsGiven() {
    YamlReader small = new YamlReader(new YamlLimits(100, 3, 10, 5));
    assertEquals("file.too-large", assertThrows(GenException.class,
        () -> small.readAll(new byte[200], "t")).first().code());
    assertTrue(assertThrows(GenException.class, () -> small.readAll("a: [[[[1]]]]\n", "t")).first().message()
        .contains("nested deeper than 3 levels"));
    assertEquals("yaml.alias-budget", assertThrows(GenException.class,
        () -> small.readAll("a: &a [1, 2, 3]\nb: [*a, *a, *a, *a]\n", "t")).first().code());
    assertEquals("yaml.key-too-long", assertThrows(GenException.class,
        () -> small.readAll("abcdefgh: 1\n", "t")).first().code());
  }

  @Test
  void bigIntegersBeyondUint64StayFloats() {
    assertEquals(new BigInteger("18446744073709551615"), scalar("18446744073709551615"));
  }
}
