package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a Compose project the way Docker Compose v2 (compose-go) does, into the normalized project that
 * {@code docker compose config --format json} prints. The steps, each in its own class:
 *
 * <ol>
 *   <li>{@link ComposeFiles}: which files; {@link EnvFiles}: {@code .env} under the process environment;
 *       {@link ProjectName};
 *   <li>{@link ModelLoader}, per document: YAML, {@link Interpolator} and {@link TypeCasts}, {@link Extends},
 *       {@link Resets}, {@link Includes}, {@link Merger} and {@link Unicity}, {@link ComposeSchema},
 *       {@link Canonicalizer}; then {@link Defaults}, {@link RelativePaths};
 *   <li>{@link Normalizer}, then {@link ModelDecoder} (the typed model and its printed form);
 *   <li>{@link Profiles}, {@link ConsistencyChecks}, {@link ServiceEnvironment} ({@code env_file}) and
 *       {@link UnusedResources}.
 * </ol>
 *
 * With interpolation off, the result is the merged, normalized document itself (as {@code docker compose config
 * --no-interpolate} prints it), since its values may still hold variables.
 *
 * <p>Warnings go to the given {@link Diagnostics}; errors are {@link GenException}s with the file, line, column and
 * key path, worded as Compose words them where it has a message.
 */
public final class ComposeLoader {

  private ComposeLoader() {}

  /**
   * Starts compiling the Compose schema on another thread (once per process; {@link #load} does it too): a command
   * line calls it before it parses its arguments, so that on a cold JVM the compilation overlaps that work.
   */
  public static void warmUpInBackground() {
    ComposeSchema.warmUpInBackground();
  }

  /**
   * Loads a project.
   *
   * @param diagnostics receives the warnings ({@code compose.*} codes: unset variables, the obsolete
   *     {@code version}, {@code external.name}, YAML 1.1 booleans...) and notices (keys Compose ignores)
   * @return the project; its model is the normalized project
   * @throws GenException for every input error, located, with exit code 1
   */
  public static ComposeProject load(ComposeRequest request, Diagnostics diagnostics) {
    ComposeSchema.warmUpInBackground();
    try {
      return doLoad(request, diagnostics);
    } catch (StackOverflowError e) {
      throw GenException.at(SourceLocation.UNKNOWN, "", "compose.too-deep",
          "the compose files are nested too deeply to load");
    }
  }

  private static ComposeProject doLoad(ComposeRequest request, Diagnostics diagnostics) {
    Path workingDir = request.workingDirectory().toAbsolutePath().normalize();
    Path projectDirOption = request.projectDirectory() == null ? null
        : workingDir.resolve(request.projectDirectory()).normalize();
    Map<String, String> environment = new LinkedHashMap<>(request.environment());
    List<Path> files = ComposeFiles.resolve(request.files(), workingDir,
        projectDirOption != null ? projectDirOption : workingDir, environment, diagnostics);
    Path projectDir = projectDirOption != null ? projectDirOption : files.get(0).getParent();
    Function<Path, String> display = p -> display(p, projectDir);

    for (Map.Entry<String, String> e : EnvFiles.read(envFiles(request, workingDir, projectDir, environment),
        request.environment(), diagnostics, display).entrySet()) {
      environment.putIfAbsent(e.getKey(), e.getValue());
    }
    List<String> profiles = profiles(request, environment);

    YamlReader reader = new YamlReader();
    Map<Path, List<YNode>> documents = new LinkedHashMap<>();
    for (Path f : files) {
      documents.put(f, reader.readFile(f, display.apply(f)));
    }
    String name = ProjectName.resolve(request.projectName(), environment, documents, files, projectDir,
        request.interpolate(), diagnostics);
    if (name.isEmpty()) {
      throw GenException.at(SourceLocation.UNKNOWN, "", "compose.project-name", "project name must not be empty");
    }
    environment.put("COMPOSE_PROJECT_NAME", name);

    LoadContext ctx = new LoadContext(projectDir, environment, LoadContext.Options.all(request.interpolate()),
        diagnostics, display);
    YMap model = new ModelLoader(reader, documents).loadModel(files, ctx, List.of());
    if (model.isEmpty()) {
      throw GenException.at(SourceLocation.of(display.apply(files.get(0))), "", "compose.empty",
          "empty compose file");
    }
    if (request.normalize()) {
      model.put("name", Nodes.str(name, model.location()));
      Normalizer.apply(model, name, environment);
    }
    if (!request.interpolate()) {
      // docker compose prints the merged document itself here: values may still hold ${VARIABLES}, which the
      // typed model cannot represent (compose-go's LoadModel rather than LoadProject)
      model.put("name", Nodes.str(name, model.location()));
      return new ComposeProject(name, projectDir, files, model);
    }
    Map<String, YMap> extensions = serviceExtensions(model);
    YMap project = new ModelDecoder(diagnostics).decode(model);
    project.put("name", Nodes.str(name, model.location()));
    YMap disabled = Profiles.apply(project, profiles);
    ConsistencyChecks.check(project, disabled);
    new ServiceEnvironment(environment, diagnostics, display).resolve(project);
    UnusedResources.prune(project);
    if (project.get("services") instanceof YMap services) {
      extensions.keySet().retainAll(services.keys());
    }
    return new ComposeProject(name, projectDir, files, project, extensions);
  }

  /**
   * The {@code x-*} keys of each service of the merged document, which decoding drops (as compose-go's typed model
   * does), so that the service model can still read its hints.
   */
  private static Map<String, YMap> serviceExtensions(YMap model) {
    Map<String, YMap> out = new LinkedHashMap<>();
    if (!(model.get("services") instanceof YMap services)) {
      return out;
    }
    for (String name : services.keys()) {
      if (!(services.get(name) instanceof YMap service)) {
        continue;
      }
      YMap extensions = new YMap(service.location());
      for (String key : service.keys()) {
        if (key.startsWith("x-")) {
          extensions.put(key, service.keyLocation(key), service.get(key));
        }
      }
      if (!extensions.isEmpty()) {
        out.put(name, extensions);
      }
    }
    return out;
  }

  private static List<Path> envFiles(ComposeRequest request, Path workingDir, Path projectDir,
      Map<String, String> environment) {
    if (!request.envFiles().isEmpty()) {
      List<Path> files = new ArrayList<>();
      for (Path p : request.envFiles()) {
        files.add(workingDir.resolve(p).normalize());
      }
      return files;
    }
    String disable = environment.get("COMPOSE_DISABLE_ENV_FILE");
    if (disable != null && parseBool(disable)) {
      return List.of();
    }
    Path dotenv = projectDir.resolve(".env");
    return Files.isRegularFile(dotenv) ? List.of(dotenv) : List.of();
  }

  private static boolean parseBool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "1", "t", "true" -> true;
      default -> false;
    };
  }

  private static List<String> profiles(ComposeRequest request, Map<String, String> environment) {
    if (!request.profiles().isEmpty()) {
      return request.profiles();
    }
    String fromEnv = environment.get("COMPOSE_PROFILES");
    List<String> out = new ArrayList<>();
    if (fromEnv != null) {
      for (String p : fromEnv.split(",", -1)) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
    }
    return out;
  }

  /** A file's name in messages: relative to the project directory when inside it, else absolute. */
  static String display(Path file, Path projectDir) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(projectDir) && !abs.equals(projectDir)) {
      return projectDir.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString();
  }
}
