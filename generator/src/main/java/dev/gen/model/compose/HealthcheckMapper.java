package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Healthcheck;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import java.util.List;

/**
 * {@code healthcheck} → {@link Healthcheck}. A string test is Compose's shell form ({@code CMD-SHELL}); the check is
 * disabled by {@code disable: true} or a {@code ["NONE"]} test. The engine's defaults are not filled in: absent
 * values stay null, as in the normalized project.
 */
final class HealthcheckMapper {

  private HealthcheckMapper() {}

  static Healthcheck map(YNode node, String path, Diagnostics diagnostics) {
    YMap map = Values.map(node, path);
    if (map == null) {
      return null;
    }
    Keys keys = new Keys(map, Scope.HEALTHCHECK, path, diagnostics);
    YNode testNode = keys.take("test");
    List<String> test = testNode instanceof YScalar && !testNode.isNull()
        ? List.of("CMD-SHELL", Values.string(testNode, keys.path("test")))
        : Values.strings(testNode, keys.path("test"));
    test = test == null ? List.of() : test;
    boolean disabled = Boolean.TRUE.equals(Values.bool(keys.take("disable"), keys.path("disable")))
        || (!test.isEmpty() && test.get(0).equals("NONE"));
    Healthcheck healthcheck = new Healthcheck(
        test,
        Values.duration(keys.take("interval"), keys.path("interval")),
        Values.duration(keys.take("timeout"), keys.path("timeout")),
        Values.duration(keys.take("start_period"), keys.path("start_period")),
        Values.duration(keys.take("start_interval"), keys.path("start_interval")),
        Values.smallInteger(keys.take("retries"), keys.path("retries")),
        disabled,
        map.location());
    keys.finish();
    return healthcheck;
  }
}
