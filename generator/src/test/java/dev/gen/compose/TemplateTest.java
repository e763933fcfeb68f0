package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Variable substitution, every form; results checked against Docker Compose 2.26.1. */
class TemplateTest {

  private static final Map<String, String> ENV = Map.of("SET", "val", "EMPTY", "");

  private static String sub(String template) throws Template.TemplateException {
    return Template.substitute(template, ENV::get, name -> { });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "${SET} | val",
    "$SET | val",
    "${SET:-d} | val",
    "${EMPTY:-d} | d",
    "${EMPTY-d} | ``",
    "${UNSET-d} | d",
    "${UNSET:-d} | d",
    "${SET:+alt} | alt",
    "${EMPTY:+alt} | ``",
    "${EMPTY+alt} | alt",
    "${UNSET+alt} | ``",
    "$$SET | $SET",
    "$$$SET | $val",
    "${UNSET:-${SET}} | val",
    "${UNSET:-${UNSET2:-deep}} | deep",
    "a$ | a$",
    "$1 | $1",
    "$-x | $-x",
    "${SET}${SET} | valval",
    "${SET:-x}-${UNSET:-y} | val-y",
    "${SET?must} | val",
    "pre${SET}post | prevalpost",
    "$SET_2 | ``",
    "${set} | ``",
    "$${SET} | ${SET}",
    "x ${UNSET:-a b} y | x a b y",
    "${UNSET:-} | ``",
    "${UNSET:-{}} | {}",
  })
  void substitutes(String template, String expected) throws Template.TemplateException {
    assertEquals(expected, sub(template));
  }

  @Test
  void reportsUnsetVariablesEvenInUnusedDefaults() throws Template.TemplateException {
    List<String> unset = new ArrayList<>();
    assertEquals("val", Template.substitute("${SET:-${NOPE}} $ALSO_NOPE", ENV::get, unset::add).trim());
    assertEquals(List.of("NOPE", "ALSO_NOPE"), unset);
  }

  @Test
  void requiredVariables() {
    Template.TemplateException e = assertThrows(Template.TemplateException.class, () -> sub("${UNSET:?it is needed}"));
    assertEquals("required variable UNSET is missing a value: it is needed", e.getMessage());
    assertTrue(!e.invalidFormat());
    e = assertThrows(Template.TemplateException.class, () -> sub("${EMPTY:?}"));
    assertEquals("required variable EMPTY is missing a value", e.getMessage());
    e = assertThrows(Template.TemplateException.class, () -> sub("${UNSET?$SET is required}"));
    assertEquals("required variable UNSET is missing a value: val is required", e.getMessage());
  }

  @Test
  void invalidFormats() {
    for (String bad : List.of("${}", "x:${TAG/a/b}", "${VAR:0:3}", "${ A}", "${A-\nB}")) {
      Template.TemplateException e = assertThrows(Template.TemplateException.class, () -> sub(bad), bad);
      assertTrue(e.invalidFormat(), bad);
      assertEquals(bad, e.template());
    }
  }
}
