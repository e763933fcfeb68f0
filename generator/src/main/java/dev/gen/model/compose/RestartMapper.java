package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.RestartPolicy;
import dev.gen.model.RestartPolicy.Condition;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;

/**
 * {@code restart} ({@code no}, {@code always}, {@code on-failure[:max]}, {@code unless-stopped}) and
 * {@code deploy.restart_policy} ({@code condition: none|on-failure|any}, {@code max_attempts}, {@code delay},
 * {@code window}) → {@link RestartPolicy}. When both are given the restart policy wins, and the overridden
 * {@code restart} is reported.
 */
final class RestartMapper {

  private RestartMapper() {}

  static RestartPolicy map(
      YNode restart, String restartPath, SourceLocation restartKey, YNode policy, String policyPath,
      SourceLocation serviceLocation, Diagnostics diagnostics) {
    YMap policyMap = Values.map(policy, policyPath);
    if (policyMap != null) {
      if (restart != null && !restart.isNull()) {
        diagnostics.warn(Keys.UNMAPPED, "restart is not carried over: deploy.restart_policy takes precedence",
            restartKey, restartPath);
      }
      return fromPolicy(policyMap, policyPath, diagnostics);
    }
    String text = Values.string(restart, restartPath);
    if (text == null) {
      return new RestartPolicy(Condition.NO, null, null, null, serviceLocation);
    }
    SourceLocation at = restart.location();
    switch (text) {
      case "no", "":
        return new RestartPolicy(Condition.NO, null, null, null, at);
      case "always":
        return new RestartPolicy(Condition.ALWAYS, null, null, null, at);
      case "unless-stopped":
        return new RestartPolicy(Condition.UNLESS_STOPPED, null, null, null, at);
      case "on-failure":
        return new RestartPolicy(Condition.ON_FAILURE, null, null, null, at);
      default:
        break;
    }
    if (text.startsWith("on-failure:")) {
      try {
        int max = Integer.parseInt(text.substring("on-failure:".length()));
        if (max >= 0) {
          return new RestartPolicy(Condition.ON_FAILURE, max, null, null, at);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    diagnostics.warn(Values.INVALID, "restart '" + text + "' is not one of no, always, on-failure[:max], unless-stopped;"
        + " the service is not restarted", at, restartPath);
    return new RestartPolicy(Condition.NO, null, null, null, at);
  }

  private static RestartPolicy fromPolicy(YMap map, String path, Diagnostics diagnostics) {
    Keys keys = new Keys(map, Scope.RESTART_POLICY, path, diagnostics);
    YNode conditionNode = keys.take("condition");
    String condition = Values.string(conditionNode, keys.path("condition"));
    Condition c;
    if (condition == null || condition.equals("any")) {
      c = Condition.ALWAYS; // Swarm's default is "any"
    } else if (condition.equals("none")) {
      c = Condition.NO;
    } else if (condition.equals("on-failure")) {
      c = Condition.ON_FAILURE;
    } else {
      diagnostics.warn(Values.INVALID, "restart_policy condition '" + condition + "' is not one of none, on-failure, any;"
          + " 'any' is assumed", conditionNode.location(), keys.path("condition"));
      c = Condition.ALWAYS;
    }
    Integer maxAttempts = Values.smallInteger(keys.take("max_attempts"), keys.path("max_attempts"));
    RestartPolicy policy = new RestartPolicy(
        c,
        maxAttempts,
        Values.duration(keys.take("delay"), keys.path("delay")),
        Values.duration(keys.take("window"), keys.path("window")),
        map.location());
    keys.finish();
    return policy;
  }
}
