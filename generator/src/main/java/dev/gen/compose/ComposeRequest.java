package dev.gen.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to load, as {@code docker compose} options name it.
 *
 * @param files the compose files in merge order; empty: {@code COMPOSE_FILE}, else discovery from the working
 *     directory up ({@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yml}, {@code docker-compose.yaml},
 *     plus the matching override file)
 * @param workingDirectory where relative file names start and where discovery begins
 * @param projectDirectory {@code --project-directory}, or null for the first file's directory
 * @param projectName {@code -p}, or null ({@code COMPOSE_PROJECT_NAME}, then {@code name:}, then the directory name)
 * @param envFiles {@code --env-file}s; empty: the project directory's {@code .env} if there is one
 * @param profiles active profiles ({@code *} for all); empty: {@code COMPOSE_PROFILES}
 * @param environment the process environment (gen never reads it itself)
 * @param interpolate false for {@code --no-interpolate}
 * @param normalize false to skip Compose's normalization (implicit default network, resource names...)
 */
public record ComposeRequest(List<Path> files, Path workingDirectory, Path projectDirectory, String projectName,
    List<Path> envFiles, List<String> profiles, Map<String, String> environment, boolean interpolate,
    boolean normalize) {

  public ComposeRequest {
    files = List.copyOf(files);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    envFiles = List.copyOf(envFiles);
    profiles = List.copyOf(profiles);
    environment = Map.copyOf(environment);
  }

  /** The usual request: these files (or discovery), no options, the given environment. */
  public static ComposeRequest of(List<Path> files, Path workingDirectory, Map<String, String> environment) {
    return new ComposeRequest(files, workingDirectory, null, null, List.of(), List.of(), environment, true, true);
  }

  public ComposeRequest withProfiles(List<String> newProfiles) {
    return new ComposeRequest(files, workingDirectory, projectDirectory, projectName, envFiles, newProfiles,
        environment, interpolate, normalize);
  }
}
