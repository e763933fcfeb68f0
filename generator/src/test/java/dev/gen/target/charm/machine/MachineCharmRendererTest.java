package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.FixtureApprovals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineCharmRendererTest {

  private final MachineCharmRenderer renderer = new MachineCharmRenderer(TemplateEngine.builtIn());

  @Test
  void frontendIsBuiltOnTheUnit() {
    FixtureApprovals.verify("shop", "charm-machine-frontend", snapshot(ShopViews.frontend()), "txt");
  }

  @Test
  void apiPullsItsImageAndRelatesToThreeServices() {
    FixtureApprovals.verify("shop", "charm-machine-api", snapshot(ShopViews.api()), "txt");
  }

  @Test
  void dbKeepsItsDataOnJujuStorage() {
    FixtureApprovals.verify("shop", "charm-machine-db", snapshot(ShopViews.db()), "txt");
  }

  /**
   * The charm's files, but the library: it is the same in every charm, a copy of the template (checked by
   * {@link #theLibraryIsCopiedAsItIs}), reviewed there rather than once per approved charm.
   */
  private String snapshot(MachineCharmView view) {
    FileTree tree = new FileTree();
    renderer.render(view).files().values().forEach(f -> tree.add(f.path(), f.path().equals("lib/charm.sh")
        ? "(templates/charm/machine/lib/charm.sh, copied as it is)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)
        : f.content(), f.executable()));
    return tree.toSnapshot();
  }

  @Test
  void hooksAndActionsAreExecutableAndTheLibraryIsNot() {
    FileTree tree = renderer.render(ShopViews.api());
    List<String> executables = tree.files().values().stream().filter(FileTree.GeneratedFile::executable)
        .map(FileTree.GeneratedFile::path).toList();
    assertEquals(List.of("actions/rebuild", "actions/restart",
        "hooks/api-relation-broken", "hooks/api-relation-changed", "hooks/api-relation-departed",
        "hooks/api-relation-joined",
        "hooks/cache-relation-broken", "hooks/cache-relation-changed", "hooks/cache-relation-departed",
        "hooks/cache-relation-joined",
        "hooks/config-changed",
        "hooks/db-relation-broken", "hooks/db-relation-changed", "hooks/db-relation-departed",
        "hooks/db-relation-joined",
        "hooks/install", "hooks/remove", "hooks/secret-changed", "hooks/start", "hooks/stop", "hooks/update-status",
        "hooks/upgrade-charm"),
        executables);
    assertFalse(tree.get("lib/charm.sh").executable());
    assertFalse(tree.get("lib/workload.sh").executable());
  }

  @Test
  void storageGetsItsHooks() {
    FileTree tree = renderer.render(ShopViews.db());
    assertTrue(tree.get("hooks/pgdata-storage-attached").executable());
    assertTrue(tree.get("hooks/pgdata-storage-detaching").text().contains("charm_storage_detaching pgdata\n"));
  }

  @Test
  void theLibraryIsCopiedAsItIs() throws Exception {
    FileTree tree = renderer.render(ShopViews.db());
    try (var in = getClass().getClassLoader().getResourceAsStream("templates/charm/machine/lib/charm.sh")) {
      assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), tree.text("lib/charm.sh"));
    }
    assertTrue(tree.text("lib/charm.sh").contains("{{.State.Status}}"), "Go templates survive");
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertEquals(renderer.render(ShopViews.api()).files(), renderer.render(ShopViews.api()).files());
    assertEquals(renderer.render(ShopViews.api()).toSnapshot(), renderer.render(ShopViews.api()).toSnapshot());
  }

  @Test
  void everyValueIsOneQuotedShellWordEvenInHooksWithoutExtension() {
    MachineCharmView view = MachineCharmView.builder("odd", "odd")
        .pull("img:1", null)
        .env(MachineCharmView.EnvEntry.text("X", "a'b $(touch /tmp/x) `id`\nline"))
        .label("k", "v w")
        .build();
    String facts = renderer.render(view).text("lib/workload.sh");
    assertTrue(facts.contains("workload_env X text 'a'\\''b $(touch /tmp/x) `id`\nline'\n"), facts);
    assertTrue(facts.contains("  'k=v w'\n"), facts);
  }

  @Test
  void machineCharmcraftPartsPackTheHooksAsTheyAre() {
    assertEquals(Map.of("charm", Map.of("plugin", "dump", "source", ".", "prime", List.of("actions", "hooks", "lib"))),
        MachineCharmcraft.parts());
    assertEquals(List.of("container-runtime", "image"), MachineCharmcraft.optionNames(ShopViews.api()));
    assertEquals(List.of("container-runtime", "repository", "git-ref"),
        MachineCharmcraft.optionNames(ShopViews.frontend()));
    assertEquals("https://example.com/shop.git", MachineCharmcraft.configOptions(ShopViews.frontend()).get(1)
        .defaultValue());
    assertEquals(List.of("restart", "rebuild"),
        MachineCharmcraft.actions(ShopViews.db()).stream().map(MachineCharmcraft.Action::name).toList());
  }
}
