package dev.gen.model.dockerfile;

import dev.gen.model.Build;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts each built service's base image, as its Dockerfile names it, into {@link Build#baseImage()}. */
final class BaseImages {

  private BaseImages() {}

  static Project apply(Project project, SourceKind source, Map<String, String> baseImages) {
    List<Service> services = new ArrayList<>(project.services().size());
    for (Service s : project.services()) {
      String base = baseImages.get(s.name());
      Build b = s.build();
      if (base != null && b != null) {
        s = s.toBuilder().build(new Build(b.context(), b.dockerfile(), b.dockerfileInline(), b.target(), b.args(),
            b.gitRepository(), b.gitRef(), base, b.location())).build();
      }
      services.add(s);
    }
    return new Project(project.name(), source, services, project.volumes(), project.networks(), project.secrets(),
        project.configs(), project.hints(), project.location());
  }
}
