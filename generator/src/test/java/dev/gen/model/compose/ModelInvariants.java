package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Severity;
import dev.gen.model.ConfigDefinition;
import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.ModelJson;
import dev.gen.model.ModelValidator;
import dev.gen.model.Mount;
import dev.gen.model.NetworkAttachment;
import dev.gen.model.Project;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** What every model mapped from a normalized project must satisfy, whatever the project. */
final class ModelInvariants {

  private static final ModelValidator VALIDATOR = new ModelValidator();

  private ModelInvariants() {}

  static void check(Project project, List<Diagnostic> diagnostics, String what) {
    JsonNode json = ModelJson.toJson(project);
    assertEquals(List.of(), VALIDATOR.validate(json), what + ": schema violations");
    assertEquals(project, ModelJson.read(json), what + ": JSON does not read back to the same model");
    everyLocationKnown(json, "", what);

    sortedBy(project.services(), Service::name, what + " services");
    sortedBy(project.volumes(), v -> v.name(), what + " volumes");
    sortedBy(project.networks(), n -> n.name(), what + " networks");
    sortedBy(project.secrets(), SecretDefinition::name, what + " secrets");
    sortedBy(project.configs(), ConfigDefinition::name, what + " configs");
    for (SecretDefinition s : project.secrets()) {
      if (s.kind() == SecretDefinition.Kind.FILE) {
        projectPath(s.reference(), what + " secret " + s.name());
      }
    }
    for (ConfigDefinition c : project.configs()) {
      if (c.kind() == SecretDefinition.Kind.FILE) {
        projectPath(c.reference(), what + " config " + c.name());
      }
    }
    for (Service service : project.services()) {
      checkService(project, service, what + " service " + service.name());
    }
    for (Diagnostic d : diagnostics) {
      assertNotEquals(Severity.ERROR, d.severity(), what + ": " + d.format());
      assertTrue(d.location().isKnown(), what + ": diagnostic without location: " + d.format());
      assertFalse(d.keyPath().isEmpty(), what + ": diagnostic without key path: " + d.format());
      assertTrue(d.code().startsWith("model."), what + ": " + d.format());
      assertFalse(d.message().contains("gen does not read it"), what + ": a mapped key was not read: " + d.format());
    }
  }

  private static void checkService(Project project, Service service, String what) {
    sortedBy(service.environment(), EnvVar::name, what + " environment");
    Set<String> names = new HashSet<>();
    for (EnvVar var : service.environment()) {
      assertTrue(names.add(var.name()), what + ": duplicate variable " + var.name());
      assertEquals(var.secret(), var.secretReason() != null, what + " " + var.name() + ": secret without reason");
      for (ServiceReference ref : var.references()) {
        checkReference(project, service, var, ref, what);
      }
    }
    sortedBy(service.dependencies(), Dependency::service, what + " dependencies");
    for (Dependency d : service.dependencies()) {
      assertTrue(project.service(d.service()).isPresent(), what + " depends on unknown " + d.service());
      assertNotEquals(service.name(), d.service(), what + " depends on itself");
      assertFalse(d.via().isEmpty(), what + " dependency on " + d.service() + " without via");
    }
    sortedBy(service.networks(), NetworkAttachment::network, what + " networks");
    for (Mount m : service.mounts()) {
      if (m.type() == Mount.Type.BIND) {
        projectPath(m.source(), what + " bind " + m.target());
      }
    }
    if (service.build() != null && !service.build().isRemote()) {
      projectPath(service.build().context(), what + " build context");
    }
  }

  /** The offsets point at a name of the service, and at the port digits. */
  private static void checkReference(Project project, Service consumer, EnvVar var, ServiceReference ref,
      String what) {
    String value = var.value();
    String host = value.substring(ref.hostStart(), ref.hostEnd()).toLowerCase(Locale.ROOT);
    Service target = project.service(ref.service()).orElseThrow();
    assertNotEquals(consumer.name(), target.name(), what + " " + var.name() + " references itself");
    List<String> names = new ArrayList<>();
    names.add(target.name());
    if (target.options().containerName() != null) {
      names.add(target.options().containerName());
    }
    if (target.options().hostname() != null) {
      names.add(target.options().hostname());
    }
    target.networks().forEach(n -> names.addAll(n.aliases()));
    consumer.dependencies().stream().filter(d -> d.service().equals(target.name()) && d.alias() != null)
        .forEach(d -> names.add(d.alias()));
    assertTrue(names.stream().anyMatch(n -> n.equalsIgnoreCase(host)),
        what + " " + var.name() + ": '" + host + "' is not a name of " + target.name());
    if (ref.hasPort()) {
      assertEquals(String.valueOf(ref.port()), value.substring(ref.portStart(), ref.portEnd()),
          what + " " + var.name() + " port offsets");
    } else {
      assertEquals(-1, ref.portStart());
      assertEquals(-1, ref.portEnd());
    }
    assertTrue(consumer.dependencies().stream().anyMatch(
        d -> d.service().equals(ref.service()) && d.via().contains(Dependency.Via.ENVIRONMENT)),
        what + " " + var.name() + ": reference to " + ref.service() + " without an environment dependency");
  }

  /** Relative with / separators, or absolute only outside the project directory. */
  static void projectPath(String path, String what) {
    assertFalse(path.contains("\\"), what + ": backslash in " + path);
    assertFalse(path.contains("<PROJECT_DIR>"), what + ": placeholder in " + path);
    if (path.startsWith("/")) {
      assertFalse(path.startsWith(NormalizedProjects.PROJECT_DIR + "/") || path.equals(
          NormalizedProjects.PROJECT_DIR.toString()), what + ": absolute path inside the project: " + path);
      assertFalse(path.startsWith(dev.gen.testing.Fixtures.root().toString()),
          what + ": absolute path inside the fixtures: " + path);
    }
  }

  private static void everyLocationKnown(JsonNode node, String pointer, String what) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("location")) {
          assertNotEquals("<unknown>", e.getValue().asString(), what + ": unknown location at " + pointer);
        }
        everyLocationKnown(e.getValue(), pointer + "/" + e.getKey(), what);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        everyLocationKnown(node.get(i), pointer + "/" + i, what);
      }
    }
  }

  private static <T> void sortedBy(List<T> list, Function<T, String> key, String what) {
    List<T> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(key));
    assertEquals(sorted, list, what + " not sorted");
  }
}
