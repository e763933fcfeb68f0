package dev.gen.dockerfile.gocompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go behaviours BuildKit relies on, checked against what Go prints. */
class GoCompatTest {

  @Test
  void quoteLikeStrconv() {
    assertEquals("\"abc\"", GoQuote.quote("abc"));
    assertEquals("\"\\\" \\\\ / \\b \\f \\n \\r \\t \\x00\"", GoQuote.quote("\" \\ / \b \f \n \r \t \0"));
    assertEquals("\"\\a\\v\\x1b\\x7f\"", GoQuote.quote("\u0007\u000b\u001b\u007f"));
    assertEquals("\"☥ ☃ é 한\"", GoQuote.quote("☥ ☃ é 한"));
    assertEquals("\"\\u00a0\\u00ad\\u200b\\u2028\\ufeff\"", GoQuote.quote("\u00a0\u00ad\u200b\u2028\ufeff"));
    assertEquals("\"\\U000e0001\"", GoQuote.quote(new String(Character.toChars(0xE0001))));
    assertEquals("\"😀\"", GoQuote.quote("😀"));
    assertEquals("[\"a\" \"b c\"]", GoQuote.quoteSlice(List.of("a", "b c")));
    assertEquals("[]", GoQuote.quoteSlice(List.of()));
  }

  @Test
  void stringsHelpers() {
    assertEquals("a b", GoStrings.trimSpace("\u00a0\u0085\t a b\u3000\u000b"));
    assertEquals("x\u200b", GoStrings.trimSpace("x\u200b"), "U+200B is not a space in Go");
    assertEquals("i", GoStrings.toLower("\u0130"), "simple case mapping, no special casing");
    assertEquals("RUN", GoStrings.toUpper("run"));
    assertTrue(GoStrings.equalFold("AS", "as"));
  }

  @Test
  void jsonArrays() {
    assertEquals(new GoJson.StringArray(List.of("a", "b")), GoJson.parseStringArray("[ \"a\" , \"b\" ]"));
    assertEquals(new GoJson.StringArray(List.of()), GoJson.parseStringArray("[]"));
    assertEquals(new GoJson.StringArray(List.of("\" \\ / \b \f \n \r \t \0 é")),
        GoJson.parseStringArray("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u00e9\"]"));
    assertInstanceOf(GoJson.NonStringElement.class, GoJson.parseStringArray("[\"a\", 1]"));
    assertInstanceOf(GoJson.NonStringElement.class, GoJson.parseStringArray("[\"a\", [\"b\"], {\"c\": [true]}]"));
    assertInstanceOf(GoJson.NonStringElement.class, GoJson.parseStringArray("[null]"));
    for (String notJson : List.of("", "x", "[", "['a']", "[\"a\",]", "[\"a\" \"b\"]", "[\"a\"] x", "[01]",
        "[1.]", "[\"\\x\"]", "[\"a\nb\"]", "[\"\\u12\"]", "[1e400]", "{\"a\": 1}", "[\"a\"]\u000b", "[tru]")) {
      assertInstanceOf(GoJson.NotJson.class, GoJson.parseStringArray(notJson), notJson);
    }
    assertInstanceOf(GoJson.NonStringElement.class, GoJson.parseStringArray("[" + "[".repeat(9_998)
        + "]".repeat(9_998) + "]"));
    assertInstanceOf(GoJson.NotJson.class, GoJson.parseStringArray("[" + "[".repeat(10_000)
        + "]".repeat(10_000) + "]"));
  }

  @ParameterizedTest
  @CsvSource({
      "0, 0s", "+0, 0s", "-0, 0s", "1ns, 1ns", "1.5us, 1.5µs", "1µs, 1µs", "1μs, 1µs", "500ms, 500ms",
      "1.5s, 1.5s", "90s, 1m30s", "1h, 1h0m0s", "1h2m3.004s, 1h2m3.004s", "2562047h47m16.854775807s, "
          + "2562047h47m16.854775807s", ".5s, 500ms", "1.s, 1s", "1s1s, 2s", "-1.5h, -1h30m0s",
      "0.000000001s, 1ns", "3m0.5s, 3m0.5s",
  })
  void durationsParseAndFormatLikeGo(String text, String formatted) throws GoDuration.InvalidDurationException {
    assertEquals(formatted, GoDuration.format(GoDuration.parse(text)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | time: invalid duration \"\"",
      "s | time: invalid duration \"s\"",
      ". | time: invalid duration \".\"",
      ".s | time: invalid duration \".s\"",
      "1 | time: missing unit in duration \"1\"",
      "1x | time: unknown unit \"x\" in duration \"1x\"",
      "1sx | time: unknown unit \"sx\" in duration \"1sx\"",
      "2562048h | time: invalid duration \"2562048h\"",
      "9223372036854775808ns | time: invalid duration \"9223372036854775808ns\"",
      "- | time: invalid duration \"-\"",
  })
  void invalidDurations(String text, String message) {
    GoDuration.InvalidDurationException e = assertThrows(GoDuration.InvalidDurationException.class,
        () -> GoDuration.parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void extremeDurations() throws GoDuration.InvalidDurationException {
    assertEquals(Duration.ofNanos(Long.MIN_VALUE), GoDuration.parse("-9223372036854775808ns"));
    assertEquals("-2562047h47m16.854775808s", GoDuration.format(Duration.ofNanos(Long.MIN_VALUE)));
  }
}
