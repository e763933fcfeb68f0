package dev.gen.input;

import dev.gen.compose.ComposeFiles;
import dev.gen.compose.ComposeLoader;
import dev.gen.compose.ComposeProject;
import dev.gen.compose.ComposeRequest;
import dev.gen.compose.ProjectName;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.model.ModelValidator;
import dev.gen.model.Project;
import dev.gen.model.compose.MappedProject;
import dev.gen.model.dockerfile.DockerfileProjectMapper;
import dev.gen.model.dockerfile.DockerfileProjectMapper.ServiceDockerfile;
import dev.gen.model.dockerfile.EffectiveComposeMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a command turns what the user named into a {@link Project}:
 *
 * <ul>
 *   <li>nothing: the compose files Compose would find;
 *   <li>compose files (any file that is not a Dockerfile): loaded as Compose loads them, each built service's
 *       Dockerfile filling what compose leaves unset ({@link EffectiveComposeMapper});
 *   <li>Dockerfiles ({@link DockerfileNames}): one service each, named after its folder;
 *   <li>a directory: its compose file (as Compose finds one there, override file included) if it has one; else
 *       every Dockerfile below it ({@link DockerfileScan}), one service each, named after its folder relative to the
 *       directory ({@code services/web} → {@code services-web}; the directory's own Dockerfile after the directory;
 *       a variant such as {@code Dockerfile.dev} adds {@code -dev}), the project named after the directory.
 * </ul>
 *
 * Inputs of different kinds, several directories, a missing input, a directory with neither compose file nor
 * Dockerfile and two Dockerfiles that would make services of the same name are errors. When the request asks for it,
 * the model is then checked against {@code schemas/service-model.schema.json}: a model that does not match is a bug
 * in gen, reported as an {@link IllegalStateException} (an internal error), never as the user's mistake.
 */
public final class InputLoader {

  private final ModelValidator validator = new ModelValidator();

  /**
   * @throws GenException for every input or usage error, located where possible
   * @throws IllegalStateException when the model does not match its schema (a bug in gen)
   */
  public Project load(InputRequest request, Diagnostics diagnostics) {
    return loadMapped(request, diagnostics).project();
  }

  /**
   * The model with the normalized tree it was mapped from, every key located: what {@code gen report} explains.
   *
   * @throws GenException for every input or usage error, located where possible
   * @throws IllegalStateException when the model does not match its schema (a bug in gen)
   */
  public MappedProject loadMapped(InputRequest request, Diagnostics diagnostics) {
    if (!request.interpolate()) {
      throw GenException.usage("--no-interpolate only applies to gen config: the service model needs the"
          + " variables' values");
    }
    if (request.validate()) {
      ModelValidator.warmUpInBackground(); // compiled on another core while the input loads
    }
    MappedProject mapped = map(request, diagnostics);
    if (request.validate()) {
      check(mapped.project());
    }
    return mapped;
  }

  /** @throws IllegalStateException when the model does not match its schema */
  private void check(Project project) {
    List<String> violations = validator.validate(project);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the service model of " + project.name() + " does not match"
          + " schemas/service-model.schema.json: " + String.join("; ", violations.subList(0,
          Math.min(5, violations.size()))));
    }
  }

  private MappedProject map(InputRequest request, Diagnostics diagnostics) {
    Path cwd = request.workingDirectory().toAbsolutePath().normalize();
    List<Path> composeFiles = new ArrayList<>();
    List<Path> dockerfiles = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    for (Path input : request.inputs()) {
      Path p = cwd.resolve(input).normalize();
      if (Files.isDirectory(p)) {
        directories.add(p);
      } else if (!Files.exists(p)) {
        throw GenException.at(SourceLocation.of(input.toString()), "", "input.not-found",
            input + ": no such file or directory");
      } else if (DockerfileNames.isDockerfile(p.getFileName().toString())) {
        dockerfiles.add(p);
      } else {
        composeFiles.add(p);
      }
    }
    int kinds = (composeFiles.isEmpty() ? 0 : 1) + (dockerfiles.isEmpty() ? 0 : 1) + (directories.isEmpty() ? 0 : 1);
    if (kinds > 1) {
      throw GenException.usage("give compose files, Dockerfiles or one directory, not a mix: "
          + describe(composeFiles, "compose file") + describe(dockerfiles, "Dockerfile")
          + describe(directories, "directory"));
    }
    if (directories.size() > 1) {
      throw GenException.usage("give one directory at a time, not " + directories.size() + ": "
          + String.join(", ", directories.stream().map(Path::toString).toList()));
    }
    if (!directories.isEmpty()) {
      return directory(request, directories.get(0), cwd, diagnostics);
    }
    if (!dockerfiles.isEmpty()) {
      return dockerfiles(request, dockerfiles, cwd, diagnostics);
    }
    return compose(request, composeFiles, cwd, request.projectDirectory(), diagnostics);
  }

  private static String describe(List<Path> paths, String kind) {
    return paths.isEmpty() ? "" : "[" + kind + ": " + String.join(", ", paths.stream().map(Path::toString).toList())
        + "] ";
  }

  private static MappedProject compose(InputRequest request, List<Path> files, Path cwd, Path projectDirectory,
      Diagnostics diagnostics) {
    ComposeRequest compose = new ComposeRequest(files, cwd, projectDirectory, request.projectName(),
        request.envFiles(), request.profiles(), request.environment(), true, true);
    ComposeProject loaded = ComposeLoader.load(compose, diagnostics);
    return new EffectiveComposeMapper().mapped(loaded, diagnostics);
  }

  private static MappedProject directory(InputRequest request, Path dir, Path cwd, Diagnostics diagnostics) {
    List<Path> composeFiles = ComposeFiles.inDirectory(dir, diagnostics);
    Path projectDirectory = request.projectDirectory() == null ? dir : cwd.resolve(request.projectDirectory());
    if (!composeFiles.isEmpty()) {
      return compose(request, composeFiles, cwd, projectDirectory, diagnostics);
    }
    List<Path> found = DockerfileScan.find(dir);
    if (found.isEmpty()) {
      throw GenException.at(SourceLocation.of(dir.toString()), "", "input.nothing-found", dir + " has no compose"
          + " file (compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml) and no Dockerfile below it")
          .withHint("name the compose files or Dockerfiles to read");
    }
    List<ServiceDockerfile> services = new ArrayList<>();
    for (Path file : found) {
      Path folder = file.getParent();
      String base = folder.equals(dir) ? folderName(dir) : dir.relativize(folder).toString().replace('\\', '/');
      String variant = DockerfileNames.variant(file.getFileName().toString());
      services.add(new ServiceDockerfile(
          ServiceNames.of(variant.isEmpty() ? base : base + "-" + variant, SourceLocation.of(file.toString())),
          file));
    }
    return dockerfileProject(request, projectDirectory, services, diagnostics);
  }

  private static MappedProject dockerfiles(InputRequest request, List<Path> files, Path cwd,
      Diagnostics diagnostics) {
    List<ServiceDockerfile> services = new ArrayList<>();
    Path common = null;
    for (Path file : files) {
      Path folder = file.getParent();
      services.add(new ServiceDockerfile(ServiceNames.of(folderName(folder), SourceLocation.of(file.toString())),
          file));
      common = common == null ? folder : commonAncestor(common, folder);
    }
    Path projectDirectory = request.projectDirectory() == null ? common : cwd.resolve(request.projectDirectory());
    return dockerfileProject(request, projectDirectory, services, diagnostics);
  }

  private static MappedProject dockerfileProject(InputRequest request, Path projectDirectory,
      List<ServiceDockerfile> services, Diagnostics diagnostics) {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (ServiceDockerfile s : services) {
      Path other = byName.putIfAbsent(s.service(), s.dockerfile());
      if (other != null) {
        throw GenException.at(SourceLocation.of(s.dockerfile().toString()), "", "input.duplicate-service",
            "both " + other + " and " + s.dockerfile() + " would be the service " + s.service())
            .withHint("name the Dockerfiles to read, or write a compose file that names the services");
      }
    }
    String name = ProjectName.forDirectory(request.projectName(), request.environment(), projectDirectory);
    return new DockerfileProjectMapper().mapped(name, projectDirectory, services, diagnostics);
  }

  private static String folderName(Path folder) {
    Path name = folder.getFileName();
    return name == null ? "" : name.toString();
  }

  private static Path commonAncestor(Path a, Path b) {
    Path p = a;
    while (p != null && !b.startsWith(p)) {
      p = p.getParent();
    }
    return p == null ? a.getRoot() : p;
  }
}
