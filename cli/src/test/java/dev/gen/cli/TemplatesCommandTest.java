package dev.gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.render.TemplateIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gen templates list and dump, and what --templates does with the dumped templates. */
class TemplatesCommandTest {

  @TempDir Path cwd;

  private GenRunner gen;

  @BeforeEach
  void setUp() throws IOException {
    GenRunner.withFixtures(cwd);
    gen = GenRunner.in(cwd);
  }

  @Test
  void listPrintsTheBuiltInTemplatesOfATarget() {
    GenRunner.Result all = gen.run("templates", "list");
    assertEquals(0, all.code());
    assertEquals(TemplateIndex.render(TemplateIndex.builtIn()), all.out());
    GenRunner.Result k8s = gen.run("templates", "list", "charm/k8s");
    assertTrue(k8s.out().startsWith("charm/k8s/README.md.mustache\n"), k8s.out());
    assertTrue(k8s.out().lines().allMatch(l -> l.startsWith("charm/k8s/")), k8s.out());
    assertTrue(gen.run("templates", "list", "init").out().contains("init/CONTRIBUTING.md.mustache\n"));
    GenRunner.Result unknown = gen.run("templates", "list", "helm");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("gen: error: no built-in templates for 'helm'; the targets are blueprint,"
        + " bundle, charm, graph, init, report"), unknown.err());
    assertEquals(2, gen.run("templates").code(), "a command is needed");
  }

  @Test
  void dumpWritesThemWhereTemplatesExpectsThemAndAnOverrideChangesTheOutput() throws IOException {
    GenRunner.Result dump = gen.run("templates", "dump", "charm", "mine");
    assertEquals(0, dump.code(), dump.toString());
    Path readme = cwd.resolve("mine/charm/k8s/README.md.mustache");
    assertEquals(new String(getClass().getClassLoader().getResourceAsStream("templates/charm/k8s/README.md.mustache")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), Files.readString(readme));
    assertTrue(Files.isRegularFile(cwd.resolve("mine/charm/machine/lib/charm.sh")));
    assertEquals(0, gen.run("templates", "dump", "charm", "mine", "--check").code(), "unchanged: up to date");

    assertEquals(0, gen.run("charm", "fixtures/webapp/compose.yaml", "-o", "plain").code());
    assertEquals(0, gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "mine", "-o", "same").code());
    assertEquals(Files.readString(cwd.resolve("plain/web-k8s/README.md")),
        Files.readString(cwd.resolve("same/web-k8s/README.md")), "the dumped templates are the built-in ones");

    Files.writeString(readme, "# {{title}}, our way\n");
    GenRunner.Result custom = gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "mine", "-o", "custom");
    assertEquals(0, custom.code(), custom.toString());
    assertEquals("# " + titleOf(cwd.resolve("plain/web-k8s/README.md")) + ", our way\n",
        Files.readString(cwd.resolve("custom/web-k8s/README.md")));
    assertEquals(Files.readString(cwd.resolve("plain/web-k8s/charmcraft.yaml")),
        Files.readString(cwd.resolve("custom/web-k8s/charmcraft.yaml")), "only the overridden file changes");

    GenRunner.Result listed = gen.run("templates", "list", "charm/k8s", "--templates", "mine");
    assertTrue(listed.out().startsWith("charm/k8s/README.md.mustache  (overridden by mine/charm/k8s/README.md"
        + ".mustache)\n"), listed.out());

    GenRunner.Result check = gen.run("templates", "dump", "charm", "mine", "--check");
    assertEquals(3, check.code(), "how mine differ from the built-ins");
    assertTrue(check.out().contains("-# {{title}}, our way\n"), check.out());
    GenRunner.Result again = gen.run("templates", "dump", "charm", "mine");
    assertEquals(1, again.code(), "an edited template is never overwritten without --force");
    assertTrue(again.err().contains("charm/k8s/README.md.mustache (changed since gen wrote it)"), again.err());
  }

  private static String titleOf(Path readme) throws IOException {
    return Files.readString(readme).lines().findFirst().orElseThrow().substring(2);
  }

  @Test
  void aBrokenUserTemplateIsALocatedError() throws IOException {
    Path dir = Files.createDirectories(cwd.resolve("mine/charm/k8s"));
    Files.writeString(dir.resolve("requirements.txt.mustache"), "ops>=3\n{{#pinned}}\n{{packge}}\n{{/pinned}}\n");
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "mine", "-o", "out");
    assertEquals(1, r.code(), r.toString());
    assertEquals("""
        mine/charm/k8s/requirements.txt.mustache:2:1: error: template charm/k8s/requirements.txt.mustache: no value\
         named 'pinned' in the view (a typo in the template, or a view that lacks it)
            2 | {{#pinned}}
              | ^
        """, r.err());
    assertTrue(!Files.exists(cwd.resolve("out")), "nothing written");

    Files.writeString(dir.resolve("requirements.txt.mustache"), "ops>=3\n  {{#summary}}\n");
    GenRunner.Result unclosed = gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "mine", "-o", "out");
    assertEquals(1, unclosed.code());
    assertTrue(unclosed.err().startsWith("mine/charm/k8s/requirements.txt.mustache:2:3: error: template"
        + " charm/k8s/requirements.txt.mustache: Failed to close 'summary' tag\n    2 |   {{#summary}}\n"
        + "      |   ^\n"), unclosed.err());
  }

  @Test
  void filesThatOverrideNothingAreWarnings() throws IOException {
    Path dir = Files.createDirectories(cwd.resolve("mine/charm/k8s"));
    Files.writeString(dir.resolve("READMEE.md.mustache"), "typo\n");
    Files.createDirectories(cwd.resolve("mine/.git"));
    Files.writeString(cwd.resolve("mine/.git/config"), "hidden files are not templates\n");
    GenRunner.Result r = gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "mine", "-o", "out");
    assertEquals(0, r.code());
    assertTrue(r.err().startsWith("mine/charm/k8s/READMEE.md.mustache: warning: this file overrides no built-in"
        + " template\n"), r.err());
    assertTrue(!r.err().contains(".git"), r.err());
    GenRunner.Result missing = gen.run("charm", "fixtures/webapp/compose.yaml", "--templates", "nowhere", "-o", "x");
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("nowhere: error: nowhere: no such directory\n  hint: 'gen templates dump"),
        missing.err());
  }
}
