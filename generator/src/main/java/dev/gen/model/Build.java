package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.Map;

/**
 * How a service's image is built.
 *
 * @param context the build context: a path relative to the project directory ({@code .} for the project directory
 *     itself), or a remote URL (git or https) kept as written
 * @param dockerfile the Dockerfile path relative to the context, or null when {@code dockerfileInline} is used
 * @param dockerfileInline the inline Dockerfile text, or null
 * @param target the build stage to stop at, or null for the last stage
 * @param args build arguments (a null value means "from the environment at build time")
 * @param gitRepository the git repository to build from: the context when it is a git URL, else the image's
 *     {@code org.opencontainers.image.source} label; null when unknown
 * @param gitRef the branch, tag or commit from a git context ({@code #ref}), or null
 * @param baseImage the base image of the target stage as read from the Dockerfile, or null when it was not read
 */
public record Build(
    String context,
    String dockerfile,
    String dockerfileInline,
    String target,
    Map<String, String> args,
    String gitRepository,
    String gitRef,
    String baseImage,
    SourceLocation location) {

  public Build {
    args = Models.sortedMap(args);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean isRemote() {
    return context != null && (context.contains("://") || context.startsWith("git@"));
  }
}
