package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * How many copies run and where.
 *
 * @param replicas the number of copies (1 when not given)
 * @param mode {@code replicated} (the default) or {@code global}; Compose's job modes ({@code replicated-job},
 *     {@code global-job}) are kept as written
 * @param resources limits and reservations
 * @param placementConstraints Swarm-style constraints such as {@code node.role == manager}
 * @param placementPreferences Swarm-style spread preferences such as {@code node.labels.zone}
 * @param labels {@code deploy.labels}
 */
public record Deployment(
    int replicas,
    String mode,
    Resources resources,
    List<String> placementConstraints,
    List<String> placementPreferences,
    Map<String, String> labels,
    SourceLocation location) {

  public static final Deployment DEFAULT =
      new Deployment(1, "replicated", Resources.NONE, List.of(), List.of(), Map.of(), null);

  public Deployment {
    mode = mode == null ? "replicated" : mode;
    resources = resources == null ? Resources.NONE : resources;
    placementConstraints = Models.list(placementConstraints);
    placementPreferences = Models.list(placementPreferences);
    labels = Models.sortedMap(labels);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean isGlobal() {
    return "global".equals(mode);
  }
}
