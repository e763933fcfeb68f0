package dev.gen.input;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.dispatch.ImageReference;
import dev.gen.model.Project;
import dev.gen.model.compose.ComposeModelMapper;
import dev.gen.model.dockerfile.DockerfileProjectMapper;
import dev.gen.model.dockerfile.DockerfileProjectMapper.ServiceDockerfile;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YScalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-service projects {@code gen init} starts a charm from: a service that runs an image, or one built from a
 * Dockerfile. Both go through the mappers every other input goes through, so the charm is the one {@code gen charm}
 * writes for the same service: the image as the normalized compose service {@code {image: IMAGE}}, the Dockerfile
 * as Dockerfile input ({@link DockerfileProjectMapper}). The project is named after the service.
 */
public final class SingleService {

  private SingleService() {}

  /**
   * A service that runs {@code image}.
   *
   * @param name the service's name, or null for the image's repository name ({@code ghcr.io/acme/web:1} → {@code web})
   * @throws GenException (usage) for an image reference that is not one, or a name that is not a service name
   */
  public static Project ofImage(String image, String name, Path workingDirectory, Diagnostics diagnostics) {
    String problem = ImageReference.problem(image);
    if (problem != null) {
      throw GenException.usage("--image " + image + ": " + problem)
          .withHint("an image reference such as nginx:1.27, ghcr.io/acme/web:2.1 or registry:5000/team/app@sha256:...");
    }
    String service = name != null ? checked(name) : ServiceNames.of(repositoryName(image), SourceLocation.UNKNOWN);
    SourceLocation at = SourceLocation.UNKNOWN;
    YMap definition = new YMap(at);
    definition.put("image", at, YScalar.ofString(image, at));
    YMap services = new YMap(at);
    services.put(service, at, definition);
    YMap normalized = new YMap(at);
    normalized.put("name", at, YScalar.ofString(service, at));
    normalized.put("services", at, services);
    return new ComposeModelMapper().map(normalized, workingDirectory, diagnostics);
  }

  /**
   * A service built from {@code dockerfile}, as {@code gen charm DOCKERFILE} reads it: the project directory is the
   * Dockerfile's folder.
   *
   * @param shownAs the Dockerfile as the user named it, for messages
   * @param name the service's name, or null for the folder's name
   */
  public static Project ofDockerfile(Path dockerfile, String shownAs, String name, Diagnostics diagnostics) {
    Path file = dockerfile.toAbsolutePath().normalize();
    if (!Files.exists(file) || Files.isDirectory(file)) {
      throw GenException.at(SourceLocation.of(shownAs), "", "input.not-found",
          shownAs + ": no such file" + (Files.isDirectory(file) ? " (a directory: name the Dockerfile in it)" : ""));
    }
    if (!Files.isRegularFile(file)) {
      throw GenException.at(SourceLocation.of(shownAs), "", "file.not-regular",
          shownAs + " is not a regular file (a FIFO, a socket or a device); gen reads only regular files");
    }
    Path folder = file.getParent();
    String service = name != null ? checked(name)
        : ServiceNames.of(folder.getFileName() == null ? "" : folder.getFileName().toString(),
            SourceLocation.of(shownAs));
    return new DockerfileProjectMapper().map(service, folder, List.of(new ServiceDockerfile(service, file)),
        diagnostics);
  }

  /** A name given on the command line must already be a service name: gen does not silently change it. */
  private static String checked(String name) {
    String valid;
    try {
      valid = ServiceNames.of(name, SourceLocation.UNKNOWN);
    } catch (GenException e) {
      throw GenException.usage("--name " + name + ": a name needs a letter or digit");
    }
    if (!valid.equals(name)) {
      throw GenException.usage("--name " + name + " is not a service name (lower-case letters, digits, '.', '_'"
          + " and '-', a letter or digit at each end)").withHint("--name " + valid);
    }
    return name;
  }

  /** The last component of an image's repository: {@code ghcr.io/acme/web:1@sha256:...} → {@code web}. */
  static String repositoryName(String image) {
    String ref = image;
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int colon = ref.lastIndexOf(':');
    if (colon > ref.lastIndexOf('/')) {
      ref = ref.substring(0, colon);
    }
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
