package dev.gen.model.compose;

import dev.gen.dockerfile.dispatch.ImageReference;
import dev.gen.diag.GenException;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.Hints;
import dev.gen.model.Service;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One normalized service → a {@link Service}: reads each key through the concern's mapper and reports every key
 * left over ({@link Keys#finish()}).
 */
final class ServiceMapper {

  private final Set<String> serviceNames;
  private final HostNames hostNames;
  private final ProjectPaths paths;
  private final Diagnostics diagnostics;

  ServiceMapper(Set<String> serviceNames, HostNames hostNames, ProjectPaths paths, Diagnostics diagnostics) {
    this.serviceNames = serviceNames;
    this.hostNames = hostNames;
    this.paths = paths;
    this.diagnostics = diagnostics;
  }

  Service map(String name, YMap service, SourceLocation location) {
    Keys s = new Keys(service, Scope.SERVICE, "services." + name, diagnostics);
    Service.Builder b = Service.builder(name).location(location);

    YNode imageNode = s.take("image");
    String image = Values.string(imageNode, s.path("image"));
    if (image != null && ImageReference.problem(image) != null) {
      // every target hands the image to a runtime or to Juju, which would refuse it only at deploy time
      throw GenException.at(imageNode.location(), s.path("image"), "model.invalid-image",
          "image " + shown(image) + ": " + ImageReference.problem(image))
          .withHint("an image is [registry/]name[:tag][@digest], the name in lower case");
    }
    Map<String, String> labels = labels(s.take("labels"), s.path("labels"));
    YNode juju = s.take("x-juju");
    YNode brooklyn = s.take("x-brooklyn");
    HintsSchema.checkService(name, juju, brooklyn, location);
    Hints hints = HintsReader.read(juju, s.path("x-juju"), brooklyn, s.path("x-brooklyn"), diagnostics);
    b.image(image).labels(labels).hints(hints);
    b.build(new BuildMapper(paths, diagnostics).map(s.take("build"), s.path("build"),
        labels.get(BuildMapper.SOURCE_LABEL)));
    b.entrypoint(Values.strings(s.take("entrypoint"), s.path("entrypoint")));
    b.command(Values.strings(s.take("command"), s.path("command")));

    List<EnvVar> environment =
        EnvironmentMapper.map(s.take("environment"), s.path("environment"), hostNames.forConsumer(name));
    b.environment(environment);
    b.ports(PortsMapper.ports(s.take("ports"), s.path("ports"), diagnostics));
    b.expose(PortsMapper.expose(s.take("expose"), s.path("expose")));
    b.mounts(new MountsMapper(paths, diagnostics)
        .map(s.take("volumes"), s.path("volumes"), s.take("tmpfs"), s.path("tmpfs")));
    b.healthcheck(HealthcheckMapper.map(s.take("healthcheck"), s.path("healthcheck"), diagnostics));

    DeploymentMapper.Result deploy = DeploymentMapper.map(s, location, diagnostics);
    b.deployment(deploy.deployment());
    b.restart(RestartMapper.map(s.take("restart"), s.path("restart"), s.keyLocation("restart"),
        deploy.restartPolicy(), deploy.restartPolicyPath(), location, diagnostics));

    b.user(Values.string(s.take("user"), s.path("user")));
    b.workingDir(Values.string(s.take("working_dir"), s.path("working_dir")));
    b.secrets(FileReferencesMapper.map(s.take("secrets"), s.path("secrets"), diagnostics));
    b.configs(FileReferencesMapper.map(s.take("configs"), s.path("configs"), diagnostics));
    b.networks(NetworkAttachmentsMapper.map(s.take("networks"), s.path("networks"), diagnostics));
    YNode networkModeNode = s.take("network_mode");
    String networkMode = Values.string(networkModeNode, s.path("network_mode"));
    b.networkMode(networkMode);
    List<String> profiles = Values.strings(s.take("profiles"), s.path("profiles"));
    b.profiles(profiles == null ? List.of() : profiles);
    b.options(ContainerOptionsMapper.map(s, diagnostics));

    DependenciesMapper dependencies = new DependenciesMapper(name, serviceNames, diagnostics);
    dependencies.dependsOn(s.take("depends_on"), s.path("depends_on"));
    dependencies.links(s.take("links"), s.path("links"));
    dependencies.networkMode(networkMode, networkModeNode, s.path("network_mode"));
    dependencies.volumesFrom(s.take("volumes_from"), s.path("volumes_from"));
    dependencies.environment(environment);
    b.dependencies(dependencies.build());

    b.branding(BrandingMapper.map(name, image, labels, hints));
    s.finish();
    return b.build();
  }

  /** Labels as text; a label given without a value is the empty string, as Docker stores it. */
  private static Map<String, String> labels(YNode node, String path) {
    Map<String, String> labels = Values.stringMap(node, path);
    Map<String, String> out = new LinkedHashMap<>();
    if (labels != null) {
      labels.forEach((k, v) -> out.put(k, v == null ? "" : v));
    }
    return out;
  }

  /** The value as the message shows it: short, and with its control characters made visible by the printer. */
  private static String shown(String value) {
    return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
  }
}
