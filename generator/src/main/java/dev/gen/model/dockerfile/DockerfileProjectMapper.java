package dev.gen.model.dockerfile;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileFacts;
import dev.gen.dockerfile.DockerfileLoader;
import dev.gen.dockerfile.LoadOptions;
import dev.gen.model.Project;
import dev.gen.model.SourceKind;
import dev.gen.model.compose.ComposeModelMapper;
import dev.gen.model.compose.MappedProject;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YScalar;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dockerfile input → the service model: each Dockerfile becomes one service that is built from it (its folder is
 * the build context) and runs with what the Dockerfile gives its image ({@link ImageConfig}): base image, exposed
 * ports, environment, anonymous volumes, user, working directory, entrypoint and command, health check, stop signal
 * and labels (the OCI annotations among them become the service's branding, and
 * {@code org.opencontainers.image.source} its git repository when git can clone it). The service is written as the
 * normalized Compose service that would build and run the same image, and mapped by {@link ComposeModelMapper}, so
 * both kinds of input follow one set of rules. Locations point into the Dockerfiles; the service itself is at the
 * FROM of its target stage.
 */
public final class DockerfileProjectMapper {

  /**
   * A Dockerfile and the name of its service.
   *
   * @param service a valid Compose service name
   * @param dockerfile the Dockerfile (absolute, or relative to the working directory of the process)
   */
  public record ServiceDockerfile(String service, Path dockerfile) {
    public ServiceDockerfile {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(dockerfile, "dockerfile");
    }
  }

  /**
   * Maps the Dockerfiles.
   *
   * @param projectName a valid Compose project name
   * @param projectDirectory the directory paths in the model are relative to; every Dockerfile should be inside it
   * @throws dev.gen.diag.GenException when a Dockerfile cannot be read or is not valid (located errors)
   */
  public Project map(String projectName, Path projectDirectory, List<ServiceDockerfile> dockerfiles,
      Diagnostics diagnostics) {
    return mapped(projectName, projectDirectory, dockerfiles, diagnostics).project();
  }

  /**
   * Maps the Dockerfiles, and keeps the tree of image facts the model was mapped from.
   *
   * @throws dev.gen.diag.GenException when a Dockerfile cannot be read or is not valid (located errors)
   */
  public MappedProject mapped(String projectName, Path projectDirectory, List<ServiceDockerfile> dockerfiles,
      Diagnostics diagnostics) {
    Path root = projectDirectory.toAbsolutePath().normalize();
    SourceLocation projectLocation = SourceLocation.of(".");
    YMap services = new YMap(projectLocation);
    Map<String, String> baseImages = new LinkedHashMap<>();
    for (ServiceDockerfile d : dockerfiles) {
      Path file = d.dockerfile().toAbsolutePath().normalize();
      String display = DockerfilePaths.display(file, root);
      DockerfileFacts facts = DockerfileLoader.load(file, display, LoadOptions.defaults(), diagnostics);
      YMap service = ImageConfig.of(facts, diagnostics);
      SourceLocation from = facts.targetStage().location();
      YMap build = new YMap(from);
      build.put("context", from, YScalar.ofString(file.getParent().toString(), from));
      build.put("dockerfile", from, YScalar.ofString(file.getFileName().toString(), from));
      service.put("build", from, build);
      services.put(d.service(), from, service); // the service is the target stage: its FROM
      baseImages.put(d.service(), facts.baseImage().name());
    }
    YMap normalized = new YMap(projectLocation);
    normalized.put("name", projectLocation, YScalar.ofString(projectName, projectLocation));
    normalized.put("services", projectLocation, services);
    Project project = new ComposeModelMapper().map(normalized, root, diagnostics);
    return new MappedProject(BaseImages.apply(project, SourceKind.DOCKERFILES, baseImages), normalized, Map.of());
  }
}
