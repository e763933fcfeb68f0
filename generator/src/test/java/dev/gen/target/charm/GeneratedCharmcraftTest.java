package dev.gen.target.charm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.validate.CharmcraftValidator;
import dev.gen.testing.ExampleProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every charmcraft.yaml gen writes passes charmcraft's schema and Juju's rules, on every supported base and for
 * both flavours' views; and the output does not change between runs.
 */
class GeneratedCharmcraftTest {

  @Test
  void everyKubernetesCharmIsValidOnEveryBase() {
    int checked = 0;
    for (Map.Entry<String, Project> e : ExampleProjects.all().entrySet()) {
      for (String base : CharmOptions.SUPPORTED_BASES) {
        CharmOptions options = new CharmOptions(CharmFlavour.K8S, base, List.of());
        FileTree tree = new CharmTarget(TemplateEngine.builtIn()).generate(e.getValue(), options, new Diagnostics());
        for (String path : tree.files().keySet()) {
          if (path.endsWith("/charmcraft.yaml")) {
            assertEquals(List.of(), CharmcraftValidator.validate(tree.text(path), path), e.getKey() + " " + base);
            assertTrue(tree.text(path).contains("base: " + base));
            checked++;
          }
        }
      }
    }
    assertEquals(3 * (1 + 2 + 4 + 3), checked);
  }

  @Test
  void everyMachineCharmIsValidOnEveryBase() {
    int checked = 0;
    for (Map.Entry<String, Project> e : ExampleProjects.all().entrySet()) {
      for (String base : CharmOptions.SUPPORTED_BASES) {
        CharmOptions options = new CharmOptions(CharmFlavour.MACHINE, base, List.of());
        CharmPlans plans = CharmPlanner.plan(e.getValue(), options, new Diagnostics());
        FileTree tree = new CharmTarget(TemplateEngine.builtIn()).generate(e.getValue(), options, new Diagnostics());
        for (CharmPlan plan : plans.selected()) {
          String yaml = tree.text(plan.name() + "/charmcraft.yaml");
          assertEquals(List.of(), CharmcraftValidator.validate(yaml, plan.name()), plan.name());
          assertTrue(!yaml.contains("containers:") && !yaml.contains("k8s-api"), yaml);
          assertTrue(yaml.contains("    plugin: dump\n    source: .\n    prime:\n      - README.md\n"
              + "      - actions\n      - hooks\n      - lib\n"), yaml);
          for (StoragePlan s : plan.storage()) {
            assertTrue(yaml.contains("location: " + s.location()), yaml);
          }
          // the dump part packs every file the charm has
          for (String path : tree.files().keySet()) {
            if (path.startsWith(plan.name() + "/") && !path.endsWith("/charmcraft.yaml")) {
              String inCharm = path.substring(plan.name().length() + 1);
              assertTrue(CharmcraftView.MACHINE_PRIME.contains(inCharm.replaceAll("/.*", "")), inCharm);
            }
          }
          checked++;
        }
      }
    }
    assertEquals(3 * (1 + 2 + 4 + 3), checked);
  }

  @Test
  void machinePlansCarryTheFlavourOptionsAndActions() {
    CharmOptions options = new CharmOptions(CharmFlavour.MACHINE, CharmOptions.DEFAULT_BASE, List.of());
    CharmPlans plans = CharmPlanner.plan(ExampleProjects.shop(), options, new Diagnostics());
    assertEquals("frontend", plans.plan("frontend").name());
    assertTrue(plans.plan("frontend").option("repository").isPresent());
    assertTrue(plans.plan("frontend").option("image").isEmpty(), "a built image has no image option");
    assertTrue(plans.plan("frontend").option("container-runtime").isPresent());
    assertTrue(plans.plan("db").option("repository").isEmpty());
    assertEquals("postgres:16", plans.plan("db").option("image").orElseThrow().defaultValue());
    for (CharmPlan plan : plans.all()) {
      assertEquals(List.of("rebuild", "restart"), plan.actions().stream().map(ActionPlan::name).toList(),
          "a machine unit pulls again or builds again: " + plan.name());
    }
    CharmPlans k8s = CharmPlanner.plan(ExampleProjects.shop(), CharmOptions.defaults(), new Diagnostics());
    assertEquals(List.of("restart"), k8s.plan("db").actions().stream().map(ActionPlan::name).toList());
  }

  @Test
  void outputIsTheSameEveryTime() {
    for (Project project : ExampleProjects.all().values()) {
      String first = new CharmTarget(TemplateEngine.builtIn())
          .generate(project, CharmOptions.defaults(), new Diagnostics()).toSnapshot();
      String second = new CharmTarget(TemplateEngine.builtIn())
          .generate(project, CharmOptions.defaults(), new Diagnostics()).toSnapshot();
      assertEquals(first, second);
    }
  }
}
