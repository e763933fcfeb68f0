package dev.gen.cli;

import dev.gen.input.InputRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input every subcommand reads, as docker compose names it. Positional inputs and {@code -f} mean the same;
 * {@code -f} files come first. With neither, the compose files of the current directory are used, found as
 * docker compose finds them ({@code COMPOSE_FILE}, then {@code compose.yaml} and friends).
 */
public final class InputOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Compose files, a Dockerfile, or a directory (a compose file in it wins; otherwise each"
          + " Dockerfile below it becomes a service named after its folder).")
  List<Path> positional = new ArrayList<>();

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "A compose file; repeat to merge several, in order (like docker compose -f).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE",
      description = "An env file for interpolation instead of the project's .env; repeatable.")
  List<Path> envFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "Enable services of this profile ('*' for all); repeatable. Default: COMPOSE_PROFILES.")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--project-directory", paramLabel = "DIR",
      description = "The project directory (default: the first compose file's directory, the directory given, or"
          + " the folder the Dockerfiles given have in common).")
  Path projectDirectory;

  @Option(names = {"-p", "--project-name"}, paramLabel = "NAME",
      description = "The project name (default: COMPOSE_PROJECT_NAME, the file's name:, or the directory name).")
  String projectName;

  @Option(names = "--no-interpolate", description = "Do not replace $${VARIABLES} in the compose files (gen config only).")
  boolean noInterpolate;

  @Option(names = "--validate",
      description = "Check the service model against its JSON schema (a check of gen itself; gen model always does).")
  boolean validate;

  /** All inputs in order: {@code -f} files first, then positional ones. */
  public List<Path> inputs() {
    List<Path> all = new ArrayList<>(files);
    all.addAll(positional);
    return all;
  }

  public List<Path> envFiles() {
    return envFiles;
  }

  public List<String> profiles() {
    return profiles;
  }

  public Path projectDirectory() {
    return projectDirectory;
  }

  public String projectName() {
    return projectName;
  }

  public boolean interpolate() {
    return !noInterpolate;
  }

  /** What these options ask the loaders for, from {@code workingDirectory} with the process environment given. */
  public InputRequest request(Path workingDirectory, Map<String, String> environment) {
    return new InputRequest(inputs(), workingDirectory, projectDirectory, projectName, envFiles, profiles,
        environment, interpolate(), validate);
  }
}
