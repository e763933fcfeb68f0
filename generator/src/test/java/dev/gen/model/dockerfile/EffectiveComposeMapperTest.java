package dev.gen.model.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.compose.ComposeLoader;
import dev.gen.compose.ComposeRequest;
import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.Severity;
import dev.gen.diag.SourceLocation;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.ModelValidator;
import dev.gen.model.Mount;
import dev.gen.model.Project;
import dev.gen.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The effective configuration of built compose services: compose wins, the Dockerfile fills what compose leaves
 * unset, and a Dockerfile gen cannot read is a warning, never a failure.
 */
class EffectiveComposeMapperTest {

  @TempDir Path dir;

  private static final String IMAGE = """
      FROM node:20-alpine
      LABEL org.opencontainers.image.title="From the image" \\
            org.opencontainers.image.description="The image's description." \\
            org.opencontainers.image.source="https://github.com/example/app"
      ENV NODE_ENV=production PORT=3000 SHARED=image
      EXPOSE 3000 9229
      VOLUME /cache /data
      WORKDIR /app
      USER node
      HEALTHCHECK --interval=30s --timeout=3s --retries=5 CMD ["wget", "-qO-", "http://localhost:3000/health"]
      STOPSIGNAL SIGINT
      ENTRYPOINT ["docker-entrypoint.sh"]
      CMD ["node", "server.js"]
      """;

  private record Mapped(Project project, List<Diagnostic> diagnostics) {
    Service service(String name) {
      return project.service(name).orElseThrow();
    }

    List<Diagnostic> coded(String code) {
      return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
  }

  private Mapped load(String compose) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), compose);
    Diagnostics diagnostics = new Diagnostics();
    var loaded = ComposeLoader.load(ComposeRequest.of(List.of(Path.of("compose.yaml")), dir, Map.of()), diagnostics);
    Project p = new EffectiveComposeMapper().map(loaded, diagnostics);
    assertEquals(List.of(), new ModelValidator().validate(p));
    return new Mapped(p, diagnostics.all());
  }

  private void dockerfile(String folder, String text) throws IOException {
    Files.createDirectories(dir.resolve(folder));
    Files.writeString(dir.resolve(folder).resolve("Dockerfile"), text);
  }

  private static SourceLocation df(int line) {
    return new SourceLocation("app/Dockerfile", line, 1);
  }

  @Test
  void theDockerfileFillsWhatComposeLeavesUnset() throws IOException {
    dockerfile("app", IMAGE);
    Service s = load("services:\n  web:\n    build: ./app\n").service("web");
    assertEquals(List.of("docker-entrypoint.sh"), s.entrypoint());
    assertEquals(List.of("node", "server.js"), s.command());
    assertEquals(List.of("NODE_ENV", "PORT", "SHARED"), s.environment().stream().map(EnvVar::name).toList());
    assertEquals(df(5), s.env("PORT").orElseThrow().location());
    assertEquals(List.of(new ExposedPort(3000, "tcp", df(6)), new ExposedPort(9229, "tcp", df(6))), s.expose());
    assertEquals(List.of(new Mount(Mount.Type.VOLUME, null, "/cache", false, null, df(7)),
        new Mount(Mount.Type.VOLUME, null, "/data", false, null, df(7))), s.mounts());
    assertEquals("/app", s.workingDir());
    assertEquals("node", s.user());
    assertEquals(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost:3000/health"),
        Duration.ofSeconds(30), Duration.ofSeconds(3), null, null, 5, false, df(10)), s.healthcheck());
    assertEquals("SIGINT", s.options().stopSignal());
    assertEquals("From the image", s.branding().title());
    assertEquals("https://github.com/example/app", s.build().gitRepository());
    assertEquals("node:20-alpine", s.build().baseImage());
  }

  @Test
  void composeWins() throws IOException {
    dockerfile("app", IMAGE);
    Mapped m = load("""
        services:
          web:
            build:
              context: ./app
            command: ["npm", "start"]
            environment:
              SHARED: compose
              EXTRA: x
            labels:
              org.opencontainers.image.title: From compose
            expose: ["9229"]
            ports: ["8080:3000"]
            volumes: ["data:/data"]
            working_dir: /srv
            user: root
            stop_signal: SIGTERM
            healthcheck:
              interval: 5s
        volumes:
          data: {}
        """);
    Service s = m.service("web");
    assertEquals(List.of("docker-entrypoint.sh"), s.entrypoint(), "compose sets no entrypoint: the image's");
    assertEquals(List.of("npm", "start"), s.command());
    EnvVar shared = s.env("SHARED").orElseThrow();
    assertEquals("compose", shared.value());
    assertEquals("compose.yaml", shared.location().file());
    assertEquals(List.of("EXTRA", "NODE_ENV", "PORT", "SHARED"), s.environment().stream().map(EnvVar::name).toList());
    assertEquals("From compose", s.branding().title(), "compose labels over the image's");
    assertEquals("The image's description.", s.branding().description(), "the image's labels under them");
    assertEquals(List.of(9229), s.expose().stream().map(ExposedPort::port).toList(),
        "3000 is published already, 9229 exposed already");
    assertEquals(List.of("/data", "/cache"), s.mounts().stream().map(Mount::target).toList(),
        "compose mounts a volume at /data: no anonymous one there");
    assertEquals("data", s.mounts().get(0).source());
    assertEquals("/srv", s.workingDir());
    assertEquals("root", s.user());
    assertEquals("SIGTERM", s.options().stopSignal());
    Healthcheck h = s.healthcheck();
    assertEquals(Duration.ofSeconds(5), h.interval(), "compose's part of the check");
    assertEquals(List.of("CMD", "wget", "-qO-", "http://localhost:3000/health"), h.test(), "the image's test");
    assertEquals(Duration.ofSeconds(3), h.timeout());
    assertEquals(5, h.retries());
    assertEquals("compose.yaml", h.location().file());
  }

  @Test
  void aComposeEntrypointDropsTheImageCommandAsDockerDoes() throws IOException {
    dockerfile("app", IMAGE);
    Mapped m = load("""
        services:
          entry:
            build: ./app
            entrypoint: ["/bin/sh", "-c"]
          cleared:
            build: ./app
            entrypoint: []
          off:
            build: ./app
            healthcheck:
              disable: true
        """);
    assertEquals(List.of("/bin/sh", "-c"), m.service("entry").entrypoint());
    assertNull(m.service("entry").command(), "Docker does not run the image's CMD after another entrypoint");
    assertEquals(List.of(), m.service("cleared").entrypoint(), "an empty entrypoint stays empty");
    assertEquals(List.of("node", "server.js"), m.service("cleared").command(), "and the image's CMD runs alone");
    assertTrue(m.service("off").healthcheck().disabled());
    assertEquals(List.of(), m.service("off").healthcheck().test(), "a disabled check gets no test from the image");
  }

  @Test
  void buildArgumentsTargetsAndInlineDockerfiles() throws IOException {
    Mapped m = load("""
        services:
          inline:
            build:
              context: .
              target: base
              args:
                VERSION: "20"
                UNSET:
              dockerfile_inline: |
                ARG VERSION=1
                FROM alpine:3.$${VERSION} AS base
                ENV STAGE=base
                FROM base AS final
                ENV STAGE=final
        """);
    Service s = m.service("inline");
    assertEquals("alpine:3.20", s.build().baseImage());
    assertEquals("base", s.env("STAGE").orElseThrow().value());
    assertEquals(new SourceLocation("compose.yaml (dockerfile_inline of inline)", 3, 1),
        s.env("STAGE").orElseThrow().location());
  }

  @Test
  void aDockerfileThatCannotBeReadIsAWarningAndTheServiceStillLoads() throws IOException {
    dockerfile("broken", "FROM alpine\nFROBNICATE now\n");
    Mapped m = load("""
        services:
          broken:
            build: ./broken
            image: example/broken:1
          missing:
            build:
              context: ./nowhere
              dockerfile: Dockerfile.prod
          remote:
            build: https://github.com/example/remote.git#main
        """);
    List<Diagnostic> unreadable = m.coded(EffectiveComposeMapper.UNREADABLE);
    assertEquals(2, unreadable.size(), m.diagnostics().toString());
    assertEquals(Severity.WARNING, unreadable.get(0).severity());
    assertEquals("broken/Dockerfile:2:1", unreadable.get(0).location().toString());
    assertEquals("services.broken.build.dockerfile", unreadable.get(0).keyPath());
    assertTrue(unreadable.get(0).message().contains("FROBNICATE"), unreadable.get(0).message());
    assertEquals("nowhere/Dockerfile.prod", unreadable.get(1).location().file());
    assertEquals("example/broken:1", m.service("broken").image());
    assertNull(m.service("broken").build().baseImage(), "not read");
    assertEquals("nowhere", m.service("missing").build().context());
    assertEquals(1, m.coded(EffectiveComposeMapper.REMOTE_CONTEXT).size());
    assertEquals(Severity.NOTICE, m.coded(EffectiveComposeMapper.REMOTE_CONTEXT).get(0).severity());
    assertEquals("https://github.com/example/remote.git", m.service("remote").build().gitRepository());
  }
}
