package dev.gen.target.charm;

import java.util.Map;

/**
 * How the workload's image is built, for the README and the {@code rebuild} action.
 *
 * @param context the build context (a path relative to the project, or a git URL)
 * @param dockerfile the Dockerfile path relative to the context, or null (inline Dockerfile)
 * @param target the stage to build, or null
 * @param args build arguments with values (arguments without a value are left out)
 * @param gitRepository the git repository the sources come from, or null
 * @param gitRef the branch, tag or commit, or null
 */
public record BuildPlan(
    String context, String dockerfile, String target, Map<String, String> args, String gitRepository,
    String gitRef) {

  public BuildPlan {
    args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(args));
  }
}
