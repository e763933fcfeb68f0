package dev.gen.brooklyncheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.brooklyn.api.entity.Application;
import org.apache.brooklyn.api.entity.Entity;
import org.apache.brooklyn.api.entity.EntitySpec;
import org.apache.brooklyn.api.sensor.Enricher;
import org.apache.brooklyn.enricher.stock.UpdatingMap;
import com.google.common.base.Function;
import org.apache.brooklyn.core.config.ConfigKeys;
import org.apache.brooklyn.core.entity.Entities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks can fail: the key checker finds the typos Brooklyn silently accepts (at the root, in a policy, inside
 * a cluster's member spec), and the values of the hostile project reach the entities unchanged.
 */
class CheckerSelfTest {

  private static Brooklyn brooklyn;

  @BeforeAll
  static void start() {
    brooklyn = new Brooklyn();
  }

  @AfterAll
  static void stop() {
    brooklyn.close();
  }

  @Test
  void findsTyposBrooklynAccepts() {
    String yaml = String.join("\n",
        "services:",
        "- type: org.apache.brooklyn.entity.software.base.VanillaSoftwareProcess",
        "  id: a",
        "  brooklyn.config:",
        "    launch.comand: echo typo",
        "    latch.launch: true",
        "  brooklyn.policies:",
        "  - type: org.apache.brooklyn.policy.ha.ServiceRestarter",
        "    brooklyn.config:",
        "      failOnRecurringFailuresInThisDuraton: 1m",
        "- type: org.apache.brooklyn.entity.group.DynamicCluster",
        "  id: c",
        "  brooklyn.config:",
        "    cluster.initial.size: 1",
        "    dynamiccluster.memberspec:",
        "      $brooklyn:entitySpec:",
        "        type: org.apache.brooklyn.entity.software.base.VanillaSoftwareProcess",
        "        brooklyn.config:",
        "          checkRuning.command: true",
        "");
    EntitySpec<? extends Application> spec = brooklyn.spec(yaml);
    KeyChecker keys = new KeyChecker();
    spec.getChildren().forEach(child -> keys.check(child, child.getType().getSimpleName()));
    Application app = brooklyn.createUnstarted(spec);
    try {
      keys.checkMemberSpecs(app, "app");
    } finally {
      Entities.unmanage(app);
    }
    String all = String.join("\n", keys.problems());
    assertEquals(3, keys.problems().size(), all);
    assertTrue(all.contains("'launch.comand'"), all);
    assertTrue(all.contains("'failOnRecurringFailuresInThisDuraton'"), all);
    assertTrue(all.contains("'checkRuning.command'"), all);
    assertEquals(3, keys.specsChecked(), "the member spec is checked too");
  }

  @Test
  void brooklynRejectsWhatIsBroken() {
    assertThrows(RuntimeException.class, () -> brooklyn.spec("services:\n- type: com.example.NoSuchEntity\n"));
    assertThrows(RuntimeException.class, () -> brooklyn.spec(
        "services:\n- type: org.apache.brooklyn.entity.stock.BasicEntity\n  brooklyn.config:\n"
            + "    x: $brooklyn:entity(\"db\".attributeWhenReady(\"host.address\")\n"));
  }

  /**
   * The container style's healthcheck wiring does what it says: the function the UpdatingMap enricher applies to
   * the HTTP sensor yields a "not up" reason while the request fails (null) and none once it answers.
   */
  @Test
  void containerHealthcheckMarksTheEntityNotUpWhileTheRequestFails() {
    Application app = brooklyn.createUnstarted(brooklyn.spec(Gen.blueprint("webapp", "container", null)));
    try {
      Entity web = app.getChildren().iterator().next();
      Enricher updatingMap = web.enrichers().asList().stream()
          .filter(e -> e instanceof UpdatingMap).findFirst().orElseThrow();
      @SuppressWarnings("unchecked")
      Function<Object, Object> computing =
          (Function<Object, Object>) updatingMap.config().get(UpdatingMap.COMPUTING);
      assertEquals("the healthcheck / on port 80 fails", computing.apply(null));
      assertEquals(null, computing.apply("<html>hello</html>"));
      assertEquals(null, computing.apply(""));
    } finally {
      Entities.unmanage(app);
    }
  }

  /** Every hostile value reaches the entity's config exactly: the parameter default, or gen's DSL guard. */
  @Test
  void hostileValuesArriveUnchanged() {
    for (String style : List.of("vm", "container")) {
      Application app = brooklyn.createUnstarted(brooklyn.spec(Gen.blueprint("hostile", style, null)));
      try {
        Entity entity = app.getChildren().stream().filter(e -> e.getDisplayName().equals("app")).findFirst()
            .orElseThrow();
        for (Map.Entry<String, String> v : Gen.hostileValues().entrySet()) {
          Object actual = entity.config().get(ConfigKeys.newStringConfigKey("env." + v.getKey()));
          assertEquals(v.getValue(), actual, style + ": env." + v.getKey());
        }
      } finally {
        Entities.unmanage(app);
      }
    }
  }
}
