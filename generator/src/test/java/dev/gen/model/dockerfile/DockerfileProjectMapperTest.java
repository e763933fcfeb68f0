package dev.gen.model.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.Build;
import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.ModelValidator;
import dev.gen.model.Mount;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.model.dockerfile.DockerfileProjectMapper.ServiceDockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dockerfile input: each fact of the image becomes the part of the service that carries it, located. */
class DockerfileProjectMapperTest {

  @TempDir Path dir;

  private record Mapped(Project project, List<Diagnostic> diagnostics) {
    Service service(String name) {
      return project.service(name).orElseThrow();
    }

    String reported() {
      return diagnostics.stream().map(d -> d.severity().label() + " " + d.code() + " " + d.location() + " "
          + d.keyPath()).collect(Collectors.joining("\n"));
    }
  }

  private Mapped map(Map<String, String> dockerfiles) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    List<ServiceDockerfile> services = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(dockerfiles).entrySet()) {
      Path f = dir.resolve(e.getKey()).resolve("Dockerfile");
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      services.add(new ServiceDockerfile(e.getKey(), f));
    }
    Project p = new DockerfileProjectMapper().map("proj", dir, services, diagnostics);
    assertEquals(List.of(), new ModelValidator().validate(p));
    return new Mapped(p, diagnostics.all());
  }

  private static final String FULL = """
      # syntax=docker/dockerfile:1
      ARG BASE=alpine:3.20
      FROM ${BASE} AS base
      ENV PATH=/opt/app/bin:$PATH

      FROM base
      LABEL org.opencontainers.image.title="Inventory" \\
            org.opencontainers.image.description="Keeps stock. And more." \\
            org.opencontainers.image.source="https://github.com/example/inventory" \\
            org.opencontainers.image.licenses="Apache-2.0" \\
            org.opencontainers.image.url="https://example.com" \\
            com.example.built-on="$HOSTNAME"
      ENV LISTEN=:8080 DB_PASSWORD=changeme GREETING="hello world"
      EXPOSE 8080 53/udp 9000-9001 $PORT
      VOLUME /data /var/log/app
      WORKDIR /srv
      WORKDIR app
      USER app:app
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      HEALTHCHECK --interval=10s --timeout=2s --start-period=5s --start-interval=1s --retries=2 \\
          CMD curl -f http://localhost:8080/ || exit 1
      STOPSIGNAL SIGQUIT
      MAINTAINER someone@example.com
      ONBUILD RUN echo downstream
      ENTRYPOINT ["/entry"]
      CMD run --fast
      """;

  @Test
  void everyFactOfTheImageIsCarried() throws IOException {
    Mapped m = map(Map.of("inventory", FULL));
    Project p = m.project();
    assertEquals(SourceKind.DOCKERFILES, p.source());
    assertEquals("proj", p.name());
    Service s = m.service("inventory");
    String f = "inventory/Dockerfile";
    assertEquals(new SourceLocation(f, 6, 1), s.location(), "the service is its target stage");
    assertNull(s.image(), "built, not pulled");

    assertEquals(new Build("inventory", "Dockerfile", null, null, Map.of(), "https://github.com/example/inventory",
        null, "alpine:3.20", new SourceLocation(f, 6, 1)), s.build());

    assertEquals(List.of("/entry"), s.entrypoint());
    assertEquals(List.of("/bin/bash", "-o", "pipefail", "-c", "run --fast"), s.command(),
        "the shell form runs with the SHELL in effect");

    assertEquals(List.of("DB_PASSWORD", "GREETING", "LISTEN"), s.environment().stream().map(EnvVar::name).toList(),
        "PATH needs the base image's PATH: not a value");
    assertEquals("hello world", s.env("GREETING").orElseThrow().value());
    assertTrue(s.env("DB_PASSWORD").orElseThrow().secret(), "the compose mapper's secret detection applies");
    assertEquals(new SourceLocation(f, 13, 1), s.env("LISTEN").orElseThrow().location());

    assertEquals(List.of(new ExposedPort(53, "udp", new SourceLocation(f, 14, 1)),
        new ExposedPort(8080, "tcp", new SourceLocation(f, 14, 1)),
        new ExposedPort(9000, "tcp", new SourceLocation(f, 14, 1)),
        new ExposedPort(9001, "tcp", new SourceLocation(f, 14, 1))), s.expose());
    assertEquals(List.of(), s.ports(), "an image publishes nothing");

    assertEquals(List.of(new Mount(Mount.Type.VOLUME, null, "/data", false, null, new SourceLocation(f, 15, 1)),
        new Mount(Mount.Type.VOLUME, null, "/var/log/app", false, null, new SourceLocation(f, 15, 1))),
        s.mounts(), "each VOLUME is an anonymous volume");
    assertEquals("/srv/app", s.workingDir());
    assertEquals("app:app", s.user());
    assertEquals(new Healthcheck(List.of("CMD", "/bin/bash", "-o", "pipefail", "-c",
        "curl -f http://localhost:8080/ || exit 1"), Duration.ofSeconds(10), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(1), 2, false, new SourceLocation(f, 20, 1)), s.healthcheck(),
        "Docker runs a CMD-SHELL check with the image's SHELL");
    assertEquals("SIGQUIT", s.options().stopSignal());

    assertEquals("Inventory", s.branding().title());
    assertEquals("Keeps stock.", s.branding().summary());
    assertEquals("https://example.com", s.branding().website());
    assertEquals("Apache-2.0", s.branding().licenses());
    assertFalse(s.labels().containsKey("com.example.built-on"));
    assertEquals(5, s.labels().size());

    assertEquals("""
        notice model.dockerfile-unknown-value inventory/Dockerfile:4:1 ENV PATH
        notice model.dockerfile-unknown-value inventory/Dockerfile:7:1 LABEL com.example.built-on
        notice model.dockerfile-unknown-value inventory/Dockerfile:14:1 EXPOSE
        notice model.dockerfile-not-carried inventory/Dockerfile:23:1 MAINTAINER
        notice model.dockerfile-not-carried inventory/Dockerfile:24:1 ONBUILD""",
        m.reported().lines().filter(l -> l.startsWith("notice model.")).collect(Collectors.joining("\n")));
    assertTrue(m.diagnostics().stream().allMatch(d -> d.location().isKnown()), m.reported());
    assertTrue(m.diagnostics().stream().filter(d -> d.code().startsWith("model."))
        .noneMatch(d -> d.keyPath().isEmpty()), m.reported());
    assertTrue(m.reported().contains("warning dockerfile.secrets-in-arg-or-env inventory/Dockerfile:13:1"),
        "the Dockerfile loader's own warnings are passed on");
  }

  @Test
  void whatTheBaseImageDecidesStaysUnknown() throws IOException {
    Mapped m = map(Map.of("app", """
        FROM python:3.12
        WORKDIR code
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        LABEL org.opencontainers.image.source="see the README"
        """));
    Service s = m.service("app");
    assertNull(s.entrypoint());
    assertNull(s.command());
    assertNull(s.user());
    assertNull(s.workingDir(), "relative to the base image's working directory");
    assertEquals(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), s.healthcheck().test(),
        "no SHELL instruction: the default shell");
    assertNull(s.build().gitRepository(), "free text is not a repository git can clone");
    assertEquals("app", s.branding().title(), "no title label: the service name");
    assertTrue(m.reported().contains("notice model.dockerfile-unknown-value app/Dockerfile:2:1 WORKDIR"),
        m.reported());
  }

  @Test
  void scratchImagesGetNothingBuildKitMakesUp() throws IOException {
    Mapped m = map(Map.of("tool", """
        FROM scratch
        COPY tool /tool
        ENTRYPOINT ["/tool"]
        HEALTHCHECK NONE
        """));
    Service s = m.service("tool");
    assertEquals("scratch", s.build().baseImage());
    assertEquals(List.of(), s.environment(), "not the PATH BuildKit gives scratch images");
    assertEquals(List.of("/tool"), s.entrypoint());
    assertEquals(List.of(), s.command(), "ENTRYPOINT clears the CMD");
    assertTrue(s.healthcheck().disabled());
    assertNull(s.workingDir());
  }

  @Test
  void servicesNamedInValuesAreReferencesAndDependencies() throws IOException {
    Mapped m = map(Map.of(
        "api", "FROM alpine\nEXPOSE 8080\n",
        "web", "FROM nginx\nENV API_URL=http://api:8080/v1 OTHER=http://localhost:1\n"));
    Service web = m.service("web");
    assertEquals(1, web.env("API_URL").orElseThrow().references().size());
    assertEquals(List.of(Dependency.Via.ENVIRONMENT), web.dependencies().get(0).via());
    assertEquals(List.of(), web.env("OTHER").orElseThrow().references());
  }
}
