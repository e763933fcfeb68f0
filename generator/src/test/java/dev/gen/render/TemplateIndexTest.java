package dev.gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.testing.Fixtures;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateIndexTest {

  @Test
  void theBuiltIndexListsExactlyTheTemplatesFolder() throws Exception {
    List<String> folder = TemplateIndex.scan(Fixtures.repositoryRoot().resolve("templates"));
    assertEquals(folder, TemplateIndex.builtIn(),
        "the index is written by the build (exec-maven-plugin, process-classes): rebuild if this fails in an IDE");
    assertTrue(folder.contains("charm/k8s/src/charm.py.mustache"), folder.toString());
    assertTrue(folder.contains("charm/machine/lib/charm.sh"), "files copied as they are are templates too");
  }

  @Test
  void everyIndexedTemplateOpensFromTheClassPath() throws Exception {
    TemplateLocator locator = TemplateLocator.builtIn();
    for (String name : TemplateIndex.builtIn()) {
      try (Reader r = locator.openBuiltIn(name)) {
        assertNotNull(r, name);
      }
    }
  }

  @Test
  void theIndexTextIsOnePathALine() {
    assertEquals("a/b.mustache\nc\n", TemplateIndex.render(List.of("a/b.mustache", "c")));
    assertEquals(List.of("a/b.mustache", "c"), TemplateIndex.parse("a/b.mustache\nc\n\n"));
  }
}
