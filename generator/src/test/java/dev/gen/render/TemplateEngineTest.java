package dev.gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.GenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

  public record View(String name, int port, boolean enabled, List<String> items, String raw) {}

  private final TemplateEngine engine = TemplateEngine.builtIn();

  @Test
  void encodesStringsForTheOutputLanguageAndKeepsNumbersAndBooleans() {
    String out = engine.render("test/sample.yaml.mustache",
        new View("yes", 8080, true, List.of("a: b", "plain"), "{x: 1}"));
    assertEquals("""
        name: "yes"
        port: 8080
        enabled: true
        items:
          - "a: b"
          - plain
        raw: {x: 1}
        """, out);
  }

  @Test
  void aNameTheViewLacksIsAnErrorNotAnEmptyString() {
    GenException e = assertThrows(GenException.class,
        () -> engine.render("test/typo.yaml.mustache", new View("x", 1, false, List.of(), "")));
    assertTrue(e.getMessage().contains("nmae"), e.getMessage());
    assertTrue(e.first().location().toString().contains("typo.yaml.mustache"), e.first().location().toString());
  }

  @Test
  void shellTemplatesQuoteWords() {
    record V(String value) {}
    assertEquals("#!/bin/bash\necho 'it'\\''s $(rm -rf /) `x`'\n",
        engine.render("test/hook.sh.mustache", new V("it's $(rm -rf /) `x`")));
  }

  @Test
  void userTemplatesOverrideBuiltIns(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/hook.sh.mustache"), "custom {{value}}\n");
    record V(String value) {}
    TemplateEngine custom = new TemplateEngine(TemplateLocator.withOverrides(dir));
    assertEquals("custom x\n", custom.render("test/hook.sh.mustache", new V("x")));
  }

  @Test
  void aBrokenUserTemplateIsAnErrorLocatedInTheUsersFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/hook.sh.mustache"), "#!/bin/bash\n{{#value}}\necho {{value}}\n");
    Files.writeString(dir.resolve("test/sample.yaml.mustache"), "name: {{name}}\nport: {{prot}}\n");
    record V(String value) {}
    TemplateEngine custom = new TemplateEngine(TemplateLocator.withOverrides(dir));
    GenException unclosed = assertThrows(GenException.class, () -> custom.render("test/hook.sh.mustache", new V("x")));
    assertEquals(dir.resolve("test/hook.sh.mustache").toString(), unclosed.first().location().file());
    assertEquals("template.error", unclosed.first().code());
    GenException typo = assertThrows(GenException.class, () -> custom.render("test/sample.yaml.mustache",
        new View("x", 1, false, List.of(), "")));
    assertEquals(dir.resolve("test/sample.yaml.mustache").toString(), typo.first().location().file());
    assertEquals(2, typo.first().location().line());
    assertTrue(typo.getMessage().contains("'prot'"), typo.getMessage());
  }

  @Test
  void aUserTemplateThatIsNotUtf8IsAnErrorLocatedInTheUsersFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.write(dir.resolve("test/hook.sh.mustache"), new byte[] {(byte) 0xff, (byte) 0xfe, '{', '{', 'x'});
    record V(String value) {}
    TemplateEngine custom = new TemplateEngine(TemplateLocator.withOverrides(dir));
    GenException e = assertThrows(GenException.class, () -> custom.render("test/hook.sh.mustache", new V("x")));
    assertEquals(dir.resolve("test/hook.sh.mustache").toString(), e.first().location().file());
    assertEquals("templates.encoding", e.first().code());
    assertEquals("the template is not valid UTF-8; save it as UTF-8", e.first().message());
  }

  /** A name found through a getter, as in the Kubernetes charm's workload.py ({@code interface} is a keyword). */
  public record Row(String interfaceName) {
    public String getInterface() {
      return interfaceName;
    }
  }

  @Test
  void gettersAreFoundInATurkishLocale(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/iface.yaml.mustache"), "interface: {{interface}}\n");
    Locale before = Locale.getDefault();
    try {
      // "i".toUpperCase() is a dotted capital I here: getİnterface() does not exist
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TemplateEngine custom = new TemplateEngine(TemplateLocator.withOverrides(dir));
      assertEquals("interface: http\n", custom.render("test/iface.yaml.mustache", new Row("http")));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void missingTemplateIsAClearError() {
    GenException e = assertThrows(GenException.class, () -> engine.render("test/nope.yaml.mustache", "x"));
    assertTrue(e.getMessage().contains("template not found"), e.getMessage());
  }
}
