package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * One build stage.
 *
 * @param index the stage number, from 0
 * @param name the lower-cased name from {@code AS}, or null
 * @param baseName the FROM image or stage, global ARGs substituted
 * @param parentStage the index of the stage named by FROM, or null when FROM names an image
 * @param platform the {@code --platform} value, substituted, or null
 * @param location the FROM instruction
 * @param reachable whether building the target needs this stage (its parents and dependencies, transitively);
 *     only those stages are evaluated, as in BuildKit
 * @param dependencies {@code COPY --from} and {@code RUN --mount=from=} uses, in order
 */
public record StageFacts(
    int index,
    String name,
    String baseName,
    Integer parentStage,
    String platform,
    SourceLocation location,
    boolean reachable,
    List<StageDependency> dependencies) {

  public StageFacts {
    dependencies = List.copyOf(dependencies);
  }
}
