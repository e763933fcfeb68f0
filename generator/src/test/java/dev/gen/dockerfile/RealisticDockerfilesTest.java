package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dozen realistic Dockerfiles ({@code generator/src/test/resources/dockerfile/<name>/Dockerfile}): their complete
 * facts are checked against {@code facts.approved.txt} beside each, and the main facts are asserted here.
 */
class RealisticDockerfilesTest {

  private static final Path DIR = Fixtures.repositoryRoot().resolve("generator/src/test/resources/dockerfile");

  private static final Map<String, LoadOptions> OPTIONS = Map.ofEntries(
      Map.entry("go-api", LoadOptions.defaults().withPlatform("linux/arm64")),
      Map.entry("node-web", LoadOptions.defaults()),
      Map.entry("java-spring", LoadOptions.defaults()),
      Map.entry("python-web", LoadOptions.defaults()),
      Map.entry("heredocs", LoadOptions.defaults()),
      Map.entry("windows-dotnet", LoadOptions.defaults().withPlatform("windows/amd64")),
      Map.entry("onbuild-base", LoadOptions.defaults()),
      Map.entry("static-site", LoadOptions.defaults()),
      Map.entry("rust-cli", LoadOptions.defaults()),
      Map.entry("php-legacy", LoadOptions.defaults()),
      Map.entry("targets", new LoadOptions("prod", Map.of("VERSION", "1.4.2", "PORT", "9000"), null)),
      Map.entry("rails", LoadOptions.defaults()));

  private record Loaded(DockerfileFacts facts, Diagnostics warnings) {}

  private static Loaded load(String name) {
    return load(name, OPTIONS.get(name));
  }

  private static Loaded load(String name, LoadOptions options) {
    Diagnostics warnings = new Diagnostics();
    DockerfileFacts facts = DockerfileLoader.load(DIR.resolve(name).resolve("Dockerfile"), "Dockerfile", options,
        warnings);
    return new Loaded(facts, warnings);
  }

  static Stream<Arguments> names() {
    return OPTIONS.keySet().stream().sorted().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("names")
  void factsMatchTheApprovedText(String name) {
    Loaded l = load(name);
    Golden.verify(DIR.resolve(name), "facts", FactsText.render(l.facts(), l.warnings()));
  }

  private static List<String> codes(Loaded l) {
    return l.warnings().all().stream().map(Diagnostic::code).toList();
  }

  private static List<String> ports(DockerfileFacts f) {
    return f.image().exposedPorts().stream().map(PortFact::key).toList();
  }

  @Test
  void goApi() {
    Loaded l = load("go-api");
    DockerfileFacts f = l.facts();
    assertTrue(f.baseImage().scratch());
    assertFalse(f.image().inheritsFromBaseImage());
    assertEquals("golang:1.22-alpine", f.stages().get(0).baseName());
    assertEquals("$BUILDPLATFORM", f.stages().get(0).platform());
    assertEquals("inventory", f.image().envValue("APP_NAME"));
    assertEquals(List.of("8080/tcp", "9090/tcp"), ports(f));
    assertEquals("65532:65532", f.image().user().value());
    assertEquals(List.of("/app", "serve", "--addr=:8080"), f.image().commandLine());
    assertEquals("/", f.image().workdir().path());
    assertEquals(Origin.BUILDKIT_DEFAULT, f.image().workdir().origin());
    assertEquals(List.of(), codes(l));
  }

  @Test
  void nodeWeb() {
    Loaded l = load("node-web");
    DockerfileFacts f = l.facts();
    assertEquals("node:20.11-slim", f.baseImage().name());
    assertEquals(List.of(0, 1, 2).size(), f.stages().size());
    assertEquals(Integer.valueOf(0), f.stages().get(1).parentStage());
    assertEquals("3000", f.image().envValue("PORT"));
    assertEquals("/app/node_modules/.bin:$PATH", f.image().envValue("PATH"));
    assertEquals(List.of("3000/tcp"), ports(f));
    assertEquals(List.of("CMD", "node", "dist/healthcheck.js"), f.image().healthcheck().test());
    assertEquals(Duration.ofSeconds(10), f.image().healthcheck().startPeriod());
    assertEquals(3, f.image().healthcheck().retries());
    assertEquals("node", f.image().user().value());
    assertEquals(List.of(), codes(l));
    Loaded other = load("node-web", LoadOptions.defaults().withBuildArgs(Map.of("PORT", "4000")));
    assertEquals(List.of("4000/tcp"), ports(other.facts()));
  }

  @Test
  void javaSpring() {
    DockerfileFacts f = load("java-spring").facts();
    assertEquals("eclipse-temurin:21-jre-jammy", f.baseImage().name());
    assertEquals(List.of("8080/tcp", "8081/tcp"), ports(f));
    assertEquals(List.of("/tmp"), f.image().volumes().stream().map(VolumeFact::path).toList());
    assertEquals("-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError", f.image().envValue("JAVA_OPTS"));
    assertEquals(List.of(), f.image().cmd().argv(), "the ENTRYPOINT clears the base image's CMD");
    assertEquals(List.of("CMD-SHELL", "curl -fsS http://localhost:8081/actuator/health || exit 1"),
        f.image().healthcheck().test());
  }

  @Test
  void pythonWeb() {
    Loaded l = load("python-web");
    DockerfileFacts f = l.facts();
    assertEquals("python:3.12-slim", f.baseImage().name());
    assertEquals("/opt/venv/bin:$PATH", f.image().envValue("PATH"));
    assertEquals(List.of("PATH"), f.image().env().stream().filter(e -> e.name().equals("PATH")).findFirst()
        .orElseThrow().unresolved());
    assertEquals("srv/app", f.image().workdir().path());
    assertTrue(f.image().workdir().relativeToBaseImage());
    assertEquals("SIGINT", f.image().stopSignal().value());
    assertEquals(List.of("/bin/sh", "-c",
        "gunicorn --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-2} app.wsgi:application"), f.image().cmd().argv());
    assertEquals(Origin.ASSUMED_DEFAULT, f.image().cmd().shellOrigin());
    assertTrue(codes(l).contains(DockerfileCodes.WORKDIR_RELATIVE_PATH));
    assertTrue(codes(l).contains(DockerfileCodes.JSON_ARGS_RECOMMENDED));
  }

  @Test
  void heredocs() {
    DockerfileFacts f = load("heredocs").facts();
    assertEquals("app", f.image().user().value());
    assertEquals("/home/app", f.image().workdir().path());
    assertEquals("/etc/app", f.image().envValue("CONFIG_DIR"));
    assertEquals(List.of("/bin/sh", "-c", "cat $CONFIG_DIR/app.conf"), f.image().cmd().argv());
    assertEquals("docker/dockerfile:1.4", f.syntax());
  }

  @Test
  void windowsDotnet() {
    DockerfileFacts f = load("windows-dotnet").facts();
    assertEquals('`', f.escapeToken());
    assertEquals("C:\\data", f.image().envValue("App__DataDir"));
    assertEquals("\\app", f.image().workdir().path());
    assertEquals(List.of("C:\\data"), f.image().volumes().stream().map(VolumeFact::path).toList());
    assertEquals(List.of("powershell", "-NoLogo", "-Command", "$ErrorActionPreference = 'Stop';",
        "dotnet Orders.Api.dll"), f.image().cmd().argv());
    assertEquals("CMD-SHELL", f.image().healthcheck().test().get(0));
    assertEquals("ContainerUser", f.image().user().value());
  }

  @Test
  void onbuildBase() {
    DockerfileFacts f = load("onbuild-base").facts();
    assertEquals(List.of(true, true, true), f.stages().stream().map(StageFacts::reachable).toList());
    assertEquals(List.of("COPY . $APP_HOME", "RUN python -m compileall -q $APP_HOME"),
        f.image().onBuild().stream().map(OnbuildFact::expression).toList());
    assertEquals("/srv/app", f.image().workdir().path());
    Loaded builder = load("onbuild-base", LoadOptions.defaults().withTarget("builder"));
    assertEquals("onbuild", builder.facts().image().envValue("BUILT_BY"), "the parent's triggers ran");
    assertEquals(List.of(), builder.facts().image().onBuild(), "and are not passed on");
  }

  @Test
  void staticSite() {
    DockerfileFacts f = load("static-site").facts();
    assertEquals("runtime", f.targetStage().name());
    assertEquals(List.of("80/tcp", "443/tcp"), ports(f));
    assertEquals("SIGQUIT", f.image().stopSignal().value());
    assertEquals(3, f.image().labels().size());
    assertEquals(List.of("nginx", "-g", "daemon off;"), f.image().cmd().argv());
  }

  @Test
  void rustCli() {
    DockerfileFacts f = load("rust-cli").facts();
    assertTrue(f.baseImage().scratch());
    assertEquals(List.of(3), f.chain());
    assertEquals(Integer.valueOf(0), f.stages().get(1).parentStage());
    assertEquals(Integer.valueOf(0), f.stages().get(2).parentStage());
    assertEquals(List.of("/usr/local/bin/sync-tool", "--help"), f.image().commandLine());
    assertEquals(List.of("/data"), f.image().volumes().stream().map(VolumeFact::path).toList());
  }

  @Test
  void phpLegacy() {
    Loaded l = load("php-legacy");
    DockerfileFacts f = l.facts();
    assertEquals("Web Team <web@example.com>", f.image().maintainer().value());
    assertEquals("production", f.image().envValue("APP_ENV"));
    assertEquals("Example Corp", f.image().labels().get(0).value());
    assertEquals(List.of("php-fpm", "--nodaemonize"), f.image().cmd().argv());
    assertEquals(List.of(DockerfileCodes.MAINTAINER_DEPRECATED, DockerfileCodes.LEGACY_KEY_VALUE,
        DockerfileCodes.LEGACY_KEY_VALUE, DockerfileCodes.LEGACY_KEY_VALUE, DockerfileCodes.JSON_ARGS_RECOMMENDED,
        DockerfileCodes.MULTIPLE_INSTRUCTIONS), codes(l));
  }

  @Test
  void targetsAndBuildArgs() {
    DockerfileFacts prod = load("targets").facts();
    assertEquals("prod", prod.targetStage().name());
    assertEquals(List.of(0, 3), prod.chain());
    assertEquals("1.4.2", prod.image().envValue("APP_VERSION"));
    assertEquals("9000", prod.image().envValue("PORT"));
    assertEquals(List.of("9000/tcp"), ports(prod));
    assertEquals(List.of(true, false, false, true), prod.stages().stream().map(StageFacts::reachable).toList());
    DockerfileFacts dev = load("targets", LoadOptions.defaults().withTarget("dev")).facts();
    assertEquals("dev", dev.image().envValue("APP_VERSION"));
    assertEquals(List.of("5005/tcp", "8080/tcp"), ports(dev));
    assertNull(dev.image().user().value());
  }

  @Test
  void rails() {
    DockerfileFacts f = load("rails").facts();
    assertEquals("ruby:3.3.0-slim", f.baseImage().name());
    assertEquals(List.of(0, 2), f.chain());
    assertEquals("production", f.image().envValue("RAILS_ENV"));
    assertEquals(List.of("/rails/bin/docker-entrypoint", "./bin/rails", "server"), f.image().commandLine());
    assertEquals(5, f.image().healthcheck().retries());
  }
}
