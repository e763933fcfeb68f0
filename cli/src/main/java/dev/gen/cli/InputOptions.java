package dev.gen.cli;

import dev.gen.input.InputRequest;
import java.nio.file.Files;
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
public final class InputOptions implements SourceRoots {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Compose files, a Dockerfile, or a directory (a compose file in it wins; otherwise each"
          + " Dockerfile below it becomes a service named after its folder). Default: the compose files docker"
          + " compose would read here.")
  List<Path> positional = new ArrayList<>();

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", order = 1,
      description = "A compose file; repeat to merge several, in order (like docker compose -f)."
          + " Default: COMPOSE_FILE.")
  List<Path> files = new ArrayList<>();

  @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", order = 2,
      description = "The project name (default: COMPOSE_PROJECT_NAME, the file's name:, or the directory name).")
  String projectName;

  @Option(names = "--project-directory", paramLabel = "DIR", order = 3,
      description = "The project directory (default: the first compose file's directory, the directory given, or"
          + " the folder the Dockerfiles given have in common).")
  Path projectDirectory;

  @Option(names = "--env-file", paramLabel = "FILE", order = 4,
      description = "An env file for interpolation instead of the project's .env; repeatable.")
  List<Path> envFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "PROFILE", order = 5,
      description = "Enable services of this profile ('*' for all); repeatable. Default: COMPOSE_PROFILES.")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--no-interpolate", order = 6,
      description = "Do not replace $${VARIABLES} in the compose files (gen config only).")
  boolean noInterpolate;

  @Option(names = "--validate", order = 7,
      description = "Check the service model against its JSON schema (a check of gen itself; gen model always"
          + " does).")
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

  /** Checks the model against its schema whatever {@code --validate} says (gen model makes the JSON anyway). */
  void alwaysValidate() {
    validate = true;
  }

  /** What these options ask the loaders for, from {@code workingDirectory} with the process environment given. */
  public InputRequest request(Path workingDirectory, Map<String, String> environment) {
    return new InputRequest(inputs(), workingDirectory, projectDirectory(), projectName(), envFiles(), profiles(),
        environment, interpolate(), validate);
  }

  /** What these options ask the loaders for, in this run's working directory and environment. */
  public InputRequest request(RunContext context) {
    return request(context.workingDirectory(), context.environment());
  }

  /**
   * Where the files diagnostics name are: locations are relative to the project directory, which is the one given,
   * else the directory given or the first file's; with no input, compose files are found in the working directory
   * or one of its parents.
   */
  @Override
  public List<Path> sourceRoots(RunContext context) {
    List<Path> roots = new ArrayList<>();
    if (projectDirectory() != null) {
      roots.add(context.resolve(projectDirectory()));
    }
    for (Path input : inputs()) {
      Path p = context.resolve(input);
      roots.add(Files.isDirectory(p) || p.getParent() == null ? p : p.getParent());
    }
    if (inputs().isEmpty()) {
      for (Path p = context.workingDirectory(); p != null; p = p.getParent()) {
        roots.add(p);
      }
    }
    return roots;
  }
}
