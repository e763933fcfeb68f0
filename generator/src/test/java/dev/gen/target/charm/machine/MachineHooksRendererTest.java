package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hooks, actions and library of a machine charm, from its view. */
class MachineHooksRendererTest {

  private final MachineHooksRenderer renderer = new MachineHooksRenderer(TemplateEngine.builtIn());

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
  void aCharmWithCharmhubClientsHasALeaderElectedHook() {
    MachineCharmView view = MachineCharmView.builder("app", "app").pull("img:1", null)
        .endpoint(new MachineCharmView.Endpoint("database", MachineCharmView.Endpoint.Role.REQUIRES, true))
        .client(new MachineCharmView.Client("database", dev.gen.target.charm.charmhub.Protocol.DATA_PLATFORM,
            "postgresql", "database", "", null, Map.of("database", "app's db")))
        .build();
    FileTree tree = renderer.render(view);
    assertTrue(tree.get("hooks/leader-elected").executable());
    assertTrue(tree.text("hooks/leader-elected").endsWith("charm_leader_elected\n"));
    assertTrue(tree.text("lib/workload.sh").contains(
        "workload_client database data-platform postgresql database '' ''\n"
            + "workload_client_request database database 'app'\\''s db'\n"), tree.text("lib/workload.sh"));
    assertFalse(renderer.render(ShopViews.api()).files().containsKey("hooks/leader-elected"),
        "without Charmhub charms there is nothing to ask for");
  }
}
