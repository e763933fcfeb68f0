package dev.gen.dockerfile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a build would be asked for, beside the Dockerfile.
 *
 * @param target the stage to build (its {@code AS} name, any case), or null for the last stage
 * @param buildArgs build arguments ({@code --build-arg}); they override ARG defaults and the predefined platform
 *     arguments
 * @param platform the target platform {@code os/arch[/variant]} (sets {@code TARGETPLATFORM}, {@code TARGETOS},
 *     {@code TARGETARCH}, {@code TARGETVARIANT} and the default shell), or null when unknown: then those arguments
 *     are unknown and left as written. The build platform ({@code BUILDPLATFORM} and the like) is always unknown
 *     unless given as a build argument.
 */
public record LoadOptions(String target, Map<String, String> buildArgs, String platform) {

  public LoadOptions {
    buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs == null ? Map.of() : buildArgs));
  }

  /** The last stage, no build arguments, unknown platform. */
  public static LoadOptions defaults() {
    return new LoadOptions(null, Map.of(), null);
  }

  public LoadOptions withTarget(String newTarget) {
    return new LoadOptions(newTarget, buildArgs, platform);
  }

  public LoadOptions withBuildArgs(Map<String, String> newBuildArgs) {
    return new LoadOptions(target, newBuildArgs, platform);
  }

  public LoadOptions withPlatform(String newPlatform) {
    return new LoadOptions(target, buildArgs, newPlatform);
  }
}
