package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * A dependency of one service on another, with every way the input expresses it.
 *
 * @param service the service depended on
 * @param via how the dependency was expressed, in {@link Via} order, without duplicates
 * @param condition when the dependency counts as ready
 * @param required false when the dependency may be absent ({@code depends_on.required: false})
 * @param restart true when the dependent must restart when the dependency is updated
 * @param alias the name the dependency is known by inside the dependent ({@code links: [db:database]}), or null
 */
public record Dependency(
    String service,
    List<Via> via,
    Condition condition,
    boolean required,
    boolean restart,
    String alias,
    SourceLocation location) {

  /** Where a dependency comes from. */
  public enum Via {
    DEPENDS_ON,
    LINKS,
    ENVIRONMENT,
    NETWORK_MODE,
    VOLUMES_FROM
  }

  /** Compose's {@code depends_on} conditions. */
  public enum Condition {
    SERVICE_STARTED,
    SERVICE_HEALTHY,
    SERVICE_COMPLETED_SUCCESSFULLY
  }

  public Dependency {
    via = via == null ? List.of() : via.stream().distinct().sorted().toList();
    condition = condition == null ? Condition.SERVICE_STARTED : condition;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
