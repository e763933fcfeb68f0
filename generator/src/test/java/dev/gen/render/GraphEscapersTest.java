package dev.gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Mermaid labels and DOT strings: nothing in a name can end the label or start markup. */
class GraphEscapersTest {

  private static final String EVIL = "a\"b<c>d&e#f|g`h\ni\\Nj\u0000k";

  @Test
  void mermaidTextIsEntityCodes() {
    String m = Escapers.mermaidText(EVIL);
    assertEquals("a#quot;b#lt;c#gt;d#amp;e#35;f#124;g#96;h i\\Nj k", m);
    for (char c : "\"<>&|`\n".toCharArray()) {
      assertFalse(m.indexOf(c) >= 0, "no raw " + c);
    }
    assertEquals(Language.MERMAID, Language.ofFileName("graph.mmd.mustache"));
  }

  @Test
  void dotStringsEscapeQuotesAndBackslashes() {
    assertEquals("a\\\"b<c>d&e#f|g`h\\ni\\\\Nj k", Escapers.dotString(EVIL));
    assertEquals(Language.DOT, Language.ofFileName("graph.dot.mustache"));
    assertEquals(Language.DOT, Language.ofFileName("x.gv"));
  }
}
