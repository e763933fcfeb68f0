package dev.gen.model.dockerfile;

import dev.gen.compose.ComposeProject;
import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileFacts;
import dev.gen.dockerfile.DockerfileLoader;
import dev.gen.dockerfile.LoadOptions;
import dev.gen.model.Project;
import dev.gen.model.SourceKind;
import dev.gen.model.compose.ComposeModelMapper;
import dev.gen.model.compose.MappedProject;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compose input → the service model, with each built service's effective configuration: the Dockerfile of a service
 * that has a local {@code build} (a file, or {@code dockerfile_inline}) is read with the service's build arguments,
 * target stage and platform, and what it gives the image fills what compose leaves unset
 * ({@link EffectiveConfiguration}); its base image becomes {@code Build.baseImage}. A Dockerfile that is missing or
 * broken is a warning ({@value #UNREADABLE}, at the Dockerfile): the service still loads, from compose alone. The
 * Dockerfile of a remote context is not fetched (a notice, {@value #REMOTE_CONTEXT}).
 */
public final class EffectiveComposeMapper {

  /** A warning: the Dockerfile of a built service cannot be read or is not valid. */
  public static final String UNREADABLE = "model.dockerfile-unreadable";

  /** A notice: the build context is remote, so gen does not read its Dockerfile. */
  public static final String REMOTE_CONTEXT = "model.remote-build-context";

  /** @throws GenException when the normalized project is not what the Compose loader writes */
  public Project map(ComposeProject project, Diagnostics diagnostics) {
    return mapped(project, diagnostics).project();
  }

  /**
   * The model with the effective tree it was mapped from.
   *
   * @throws GenException when the normalized project is not what the Compose loader writes
   */
  public MappedProject mapped(ComposeProject project, Diagnostics diagnostics) {
    YMap model = project.model();
    Path root = project.projectDirectory().toAbsolutePath().normalize();
    Map<String, String> baseImages = new LinkedHashMap<>();
    YMap tree = model;
    if (model.get("services") instanceof YMap services) {
      YMap effective = services.withTag(services.tag());
      for (Map.Entry<String, YNode> e : services.entries()) {
        if (e.getValue() instanceof YMap service && service.get("build") instanceof YMap build) {
          DockerfileFacts facts = read(e.getKey(), service, build, root, diagnostics);
          if (facts != null) {
            effective.put(e.getKey(), services.keyLocation(e.getKey()),
                EffectiveConfiguration.merge(service, ImageConfig.of(facts, diagnostics)));
            baseImages.put(e.getKey(), facts.baseImage().name());
          }
        }
      }
      tree = model.withTag(model.tag());
      tree.put("services", model.keyLocation("services"), effective);
    }
    Project mapped = new ComposeModelMapper().map(tree, project.serviceExtensions(), root, diagnostics);
    return new MappedProject(BaseImages.apply(mapped, SourceKind.COMPOSE, baseImages), tree,
        project.serviceExtensions());
  }

  /** The facts of the service's Dockerfile, or null when it is remote or cannot be read (reported). */
  private static DockerfileFacts read(String name, YMap service, YMap build, Path root, Diagnostics diagnostics) {
    String path = "services." + name + ".build";
    String context = text(build.get("context"));
    if (context != null && isRemote(context)) {
      diagnostics.notice(REMOTE_CONTEXT, "the build context of " + name + " is remote: gen does not fetch its"
          + " Dockerfile, so only compose says how the image runs", build.keyLocation("context"), path + ".context");
      return null;
    }
    LoadOptions options = new LoadOptions(text(build.get("target")), buildArgs(build.get("args")),
        text(service.get("platform")));
    String inline = text(build.get("dockerfile_inline"));
    String display = null;
    try {
      if (inline != null) {
        SourceLocation at = build.keyLocation("dockerfile_inline");
        display = at.file() + " (dockerfile_inline of " + name + ")";
        return DockerfileLoader.loadText(display, inline, options, diagnostics);
      }
      Path contextDir = Path.of(context == null ? root.toString() : context);
      String dockerfile = text(build.get("dockerfile"));
      Path file = contextDir.resolve(dockerfile == null ? "Dockerfile" : dockerfile).normalize();
      display = DockerfilePaths.display(file, root);
      return DockerfileLoader.load(file, display, options, diagnostics);
    } catch (GenException e) {
      Diagnostic first = e.first();
      SourceLocation at = first.location().isKnown() ? first.location()
          : display != null ? SourceLocation.of(display) : build.location();
      diagnostics.warn(UNREADABLE, "the Dockerfile of " + name + " cannot be read, so only compose says how its"
          + " image runs: " + first.message(), at, path + (inline != null ? ".dockerfile_inline" : ".dockerfile"));
      return null;
    } catch (InvalidPathException e) {
      diagnostics.warn(UNREADABLE, "the Dockerfile of " + name + " is not a valid path: " + e.getMessage(),
          build.location(), path + ".dockerfile");
      return null;
    }
  }

  private static Map<String, String> buildArgs(YNode node) {
    Map<String, String> args = new LinkedHashMap<>();
    if (node instanceof YMap map) {
      for (Map.Entry<String, YNode> e : map.entries()) {
        String value = text(e.getValue());
        if (value != null) { // an argument without a value comes from the build's environment: unknown here
          args.put(e.getKey(), value);
        }
      }
    }
    return args;
  }

  private static String text(YNode node) {
    return node instanceof YScalar s && s.value() != null ? s.asString() : null;
  }

  /** Compose's remote contexts: URLs and scp-like git addresses. */
  private static boolean isRemote(String context) {
    return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
  }
}
