package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.machine.FakeUnit.Run;
import dev.gen.testing.InjectionProjects;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The injection property for the machine charm: a compose project full of hostile strings ({@link InjectionProjects})
 * becomes a charm; its config options, as charmcraft.yaml declares their defaults and Juju hands them back, drive the
 * real hooks against the fake hook tools and the recording runtime; the container is created with every environment
 * value, label and command word byte for byte, and none of them ran as a command.
 */
class MachineInjectionTest {

  private static final Path PWNED = Path.of("/tmp/gen-pwned");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.gen.testing.InjectionProjects#cases")
  void theRuntimeReceivesEveryValueExactly(InjectionProjects.Case c) throws Exception {
    boolean pwnedBefore = Files.exists(PWNED);
    FileTree charms = new CharmTarget(TemplateEngine.builtIn()).generate(c.load(dir.resolve("project")),
        CharmOptions.defaults().withFlavour(CharmFlavour.MACHINE), new Diagnostics());
    FileTree charm = new FileTree();
    charms.files().values().stream().filter(f -> f.path().startsWith("app/"))
        .forEach(f -> charm.add(f.path().substring("app/".length()), f.content(), f.executable()));
    FakeUnit unit = FakeUnit.create(dir.resolve("unit"), charm).runtimeInstalled("docker")
        .image("docker", InjectionProjects.IMAGE, "sha256:app");
    for (Map.Entry<String, Object> option : defaults(charm.text("charmcraft.yaml")).entrySet()) {
      unit.config(option.getKey(), asJujuPrintsIt(option.getValue()));
    }

    Run run = unit.hook("config-changed");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of("active", ""), unit.status(), run::toString);
    List<String> create = MachineHooksTest.createWithoutHash(run, "docker");
    Map<String, String> env = MachineCharmhubClientsTest.environment(run);
    c.environment().forEach((name, value) -> assertEquals(value, env.get(name), name));
    c.labels().forEach((key, value) -> assertTrue(create.contains("--label=" + key + "=" + value),
        key + " in " + create));
    assertEquals(c.command(), create.subList(create.indexOf(InjectionProjects.IMAGE) + 1, create.size()));
    assertEquals("--", create.get(create.indexOf(InjectionProjects.IMAGE) - 1), "the image ends the options");
    if (!pwnedBefore) {
      assertFalse(Files.exists(PWNED), "a hostile value was run as a command");
    }
  }

  /** The options that have a default, from charmcraft.yaml. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> defaults(String charmcraftYaml) {
    Map<String, Object> doc = new Yaml().load(charmcraftYaml);
    Map<String, Map<String, Object>> options = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc
        .get("config")).get("options");
    Map<String, Object> defaults = new java.util.TreeMap<>();
    options.forEach((name, o) -> {
      if (o.containsKey("default")) {
        defaults.put(name, o.get("default"));
      }
    });
    return defaults;
  }

  /** An option value as {@code config-get} prints it. */
  private static String asJujuPrintsIt(Object value) {
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).toPlainString();
    }
    return String.valueOf(value);
  }
}
