package dev.gen.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to load, as the command line says it.
 *
 * @param inputs compose files, Dockerfiles, or one directory, relative to {@code workingDirectory} or absolute;
 *     empty: the compose files Compose would find ({@code COMPOSE_FILE}, then {@code compose.yaml}... in the working
 *     directory or its parents)
 * @param workingDirectory where relative paths start
 * @param projectDirectory {@code --project-directory}, or null (the first compose file's directory; the directory
 *     given; the folder that holds the Dockerfiles given)
 * @param projectName {@code -p}, or null (Compose's rules: {@code COMPOSE_PROJECT_NAME}, {@code name:}, the project
 *     directory's name)
 * @param envFiles {@code --env-file}s for compose interpolation; empty: the project directory's {@code .env}
 * @param profiles active compose profiles; empty: {@code COMPOSE_PROFILES}
 * @param environment the process environment (the generator never reads it itself)
 * @param interpolate false for {@code --no-interpolate}, which the model cannot honour (it is an error)
 * @param validate check the model against {@code schemas/service-model.schema.json} (for a 2 000-service project
 *     that adds about a fifth to the time it takes to load: tests and {@code gen model} check, targets on request)
 */
public record InputRequest(List<Path> inputs, Path workingDirectory, Path projectDirectory, String projectName,
    List<Path> envFiles, List<String> profiles, Map<String, String> environment, boolean interpolate,
    boolean validate) {

  public InputRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    envFiles = List.copyOf(envFiles);
    profiles = List.copyOf(profiles);
    environment = Map.copyOf(environment);
  }

  /** These inputs, no options, the given environment; the model is checked against its schema. */
  public static InputRequest of(List<Path> inputs, Path workingDirectory, Map<String, String> environment) {
    return new InputRequest(inputs, workingDirectory, null, null, List.of(), List.of(), environment, true, true);
  }
}
