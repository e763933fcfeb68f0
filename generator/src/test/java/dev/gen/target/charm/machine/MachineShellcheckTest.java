package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.charmhub.CharmhubKitchen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scripts pass shellcheck ({@code -s bash -x}, every severity) with no finding at all.
 *
 * <p>shellcheck spends about a second on each file that sources the library, so the whole charm is checked once,
 * for the service with the most hooks; for the other services, which differ only in {@code lib/workload.sh} (the
 * hooks are the same templates, their only variable words being validated endpoint and storage names), the library,
 * the facts and the hooks of the kinds the first charm lacks are checked.
 */
class MachineShellcheckTest {

  private static final MachineHooksRenderer RENDERER = new MachineHooksRenderer(TemplateEngine.builtIn());

  @BeforeAll
  static void needsShellcheck() {
    assumeTrue(FakeUnit.has("shellcheck"),
        "shellcheck is not installed: .ci/run installs it (Debian package shellcheck)");
  }

  @Test
  void everyFileOfTheApiCharm(@TempDir Path dir) throws Exception {
    FileTree tree = RENDERER.render(ShopViews.api());
    List<String> files = new ArrayList<>(tree.files().keySet());
    assertEquals(24, files.size(), "every hook, action and library file: " + files);
    check(tree, dir, files);
  }

  @Test
  void theDbCharmsStorageHooksAndFacts(@TempDir Path dir) throws Exception {
    check(RENDERER.render(ShopViews.db()), dir,
        List.of("lib/charm.sh", "lib/workload.sh", "hooks/pgdata-storage-attached", "hooks/pgdata-storage-detaching"));
  }

  @Test
  void theFrontendCharmsBuildFacts(@TempDir Path dir) throws Exception {
    check(RENDERER.render(ShopViews.frontend()), dir,
        List.of("lib/charm.sh", "lib/workload.sh", "hooks/api-relation-changed"));
  }

  @Test
  void theFactsOfACharmThatRequiresCharmhubCharms(@TempDir Path dir) throws Exception {
    check(RENDERER.render(MachineCharmViews.of(MachineCharmhubClientsTest.app(CharmhubKitchen.project()),
        CharmhubKitchen.project())), dir, List.of("lib/charm.sh", "lib/workload.sh", "hooks/leader-elected"));
  }

  @Test
  void hostileFactsInEveryPlace(@TempDir Path dir) throws Exception {
    check(RENDERER.render(HostileValues.view()), dir,
        List.of("lib/charm.sh", "lib/workload.sh", "hooks/peer-relation-changed", "actions/rebuild"));
  }

  /** Runs shellcheck on the files, in two processes (one per core). */
  private static void check(FileTree tree, Path dir, List<String> files) throws Exception {
    FakeUnit.write(tree, dir);
    int half = (files.size() + 1) / 2;
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> shellcheck(dir, files.subList(0, half)));
    String second = shellcheck(dir, files.subList(half, files.size()));
    String findings = first.get(5, TimeUnit.MINUTES) + second;
    assertEquals("", findings, "shellcheck findings");
    assertTrue(tree.files().keySet().containsAll(files));
  }

  private static String shellcheck(Path dir, List<String> files) {
    if (files.isEmpty()) {
      return "";
    }
    List<String> command = new ArrayList<>(List.of(FakeUnit.which("shellcheck").toString(), "-s", "bash", "-x",
        "--norc", "--severity=style"));
    command.addAll(files);
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return "shellcheck did not finish";
      }
      return p.exitValue() == 0 && output.isEmpty() ? "" : output + "(exit " + p.exitValue() + ")\n";
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
