package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.Severity;
import dev.gen.model.Branding;
import dev.gen.model.Dependency.Via;
import dev.gen.model.ModelJson;
import dev.gen.model.Mount;
import dev.gen.model.Project;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Focused cases, on small normalized trees written by hand (including forms the reference loader never prints). */
class ComposeModelMapperTest {

  private record Mapped(Project project, List<Diagnostic> diagnostics) {
    Service service(String name) {
      return project.service(name).orElseThrow();
    }

    String reported() {
      return diagnostics.stream().map(d -> d.severity().label() + " " + d.code() + " " + d.keyPath())
          .collect(Collectors.joining("\n"));
    }
  }

  /** Maps {@code {"name": "p", <json>}}; the caller writes the rest of the top level. */
  private static Mapped map(String topLevel) {
    Diagnostics diagnostics = new Diagnostics();
    Project project = NormalizedProjects.map(
        NormalizedProjects.parse("{\"name\": \"p\", " + topLevel + "}", "compose.yaml"), diagnostics);
    List<Diagnostic> all = diagnostics.all();
    ModelInvariants.check(project, all, "test");
    return new Mapped(project, all);
  }

  private static Mapped services(String services) {
    return map("\"services\": {" + services + "}");
  }

  @Test
  void defaultsTheNormalizerAddsAreSilent() {
    Mapped m = map("""
        "networks": {"default": {"ipam": {}, "name": "p_default"}},
        "volumes": {"data": {"name": "p_data"}},
        "services": {"web": {
          "command": null, "entrypoint": null, "image": "nginx",
          "networks": {"default": null},
          "deploy": {"placement": {}},
          "volumes": [
            {"type": "bind", "source": "<PROJECT_DIR>/html", "target": "/html", "bind": {"create_host_path": true}},
            {"type": "volume", "source": "data", "target": "/data", "volume": {}}]}}
        """);
    assertEquals("", m.reported());
    assertNull(m.service("web").command());
    assertEquals("html", m.service("web").mounts().get(0).source());
  }

  @Test
  void extensionsAreNoticesAndUnknownKeysWarnings() {
    Mapped m = map("""
        "x-anchors": {"a": 1},
        "services": {"web": {
          "image": "nginx", "x-other": true, "frobnicate": 1,
          "build": {"context": "<PROJECT_DIR>", "x-juju": {"title": "misplaced"}}}}
        """);
    assertEquals("""
        notice model.extension-ignored services.web.build.x-juju
        warning model.unmapped-key services.web.frobnicate
        notice model.extension-ignored services.web.x-other
        notice model.extension-ignored x-anchors""", m.reported());
    assertTrue(m.diagnostics().get(1).message().contains("not a key gen knows"), m.diagnostics().get(1).message());
  }

  @Test
  void serviceHintsAreCarriedAndOverrideLabelsInBranding() {
    Mapped m = services("""
        "web": {
          "image": "ghcr.io/acme/shop-web:2.1@sha256:0123012301230123012301230123012301230123012301230123012301230123",
          "labels": {
            "org.opencontainers.image.title": "Shop web",
            "org.opencontainers.image.url": "https://shop.example",
            "org.opencontainers.image.licenses": "MIT",
            "org.opencontainers.image.vendor": "ACME",
            "org.opencontainers.image.version": "2.1"},
          "x-juju": {"title": "ACME shop", "issues": "https://issues.example", "channel": "14/stable"},
          "x-brooklyn": {}},
        "plain": {"image": "ghcr.io/acme/shop-web:2.1@sha256:0123012301230123012301230123012301230123012301230123012301230123"},
        "built": {"build": {"context": "<PROJECT_DIR>"}}
        """);
    Service web = m.service("web");
    assertEquals(Map.of("title", "ACME shop", "issues", "https://issues.example", "channel", "14/stable"),
        web.hints().juju());
    assertEquals(Map.of(), web.hints().brooklyn());
    assertEquals(new Branding("ACME shop", "ACME shop", null, "https://shop.example", null, null,
        "https://issues.example", "MIT", "ACME", null, "2.1", null), web.branding());
    assertEquals("shop-web", m.service("plain").branding().title(), "from the image name");
    assertEquals("built", m.service("built").branding().title(), "from the service name");
    assertEquals("", m.reported());
  }

  @Test
  void hintsThatAreNoMappingAreErrors() {
    GenException service = assertThrows(GenException.class,
        () -> map("\"services\": {\"web\": {\"image\": \"nginx\", \"x-brooklyn\": [1]}}"));
    assertEquals("services.web.x-brooklyn", service.first().keyPath());
    assertEquals("x-brooklyn of service web must be a mapping of hints", service.first().message());
    GenException top = assertThrows(GenException.class,
        () -> map("\"x-juju\": \"oops\", \"services\": {\"web\": {\"image\": \"nginx\"}}"));
    assertEquals("x-juju", top.first().keyPath());
    assertEquals("model.invalid-hint", top.first().code());
  }

  /** Compose accepts any string as an image; a runtime or Juju would refuse a bad one only at deploy time. */
  @Test
  void anImageThatIsNoReferenceIsALocatedError() {
    for (String bad : List.of("nginx\\u0000", "Nginx:1", "nginx:1 ; reboot", "nginx:$(id)", "-nginx", "nginx:", "")) {
      GenException e = assertThrows(GenException.class,
          () -> services("\"web\": {\"image\": \"" + bad + "\"}"), bad);
      assertEquals("services.web.image", e.first().keyPath(), bad);
      assertEquals("model.invalid-image", e.first().code(), bad);
      assertTrue(e.first().message().contains("invalid reference format"), e.first().message());
    }
    for (String good : List.of("nginx", "nginx:1.27-alpine", "localhost:5000/team/app:v1", "[::1]:5000/app",
        "app@sha256:" + "ab".repeat(32), "host.test/a/b/c:tag")) {
      assertEquals(good, services("\"web\": {\"image\": \"" + good + "\"}").service("web").image(), good);
    }
  }

  @Test
  void summariesAreOneShortLine() {
    assertEquals("A tiny web page that shows the server's name, address and the request URI.",
        BrandingMapper.summarize("A tiny web page that shows the server's name, address and the request URI."));
    assertEquals("Serves pages, e.g. the home page.", BrandingMapper.summarize(
        "Serves pages, e.g. the home page. Then more."));
    assertEquals("Multi line text.", BrandingMapper.summarize("Multi\n  line text.\nSecond."));
    String summary = BrandingMapper.summarize("word ".repeat(40));
    assertTrue(summary.length() <= BrandingMapper.SUMMARY_MAX && summary.endsWith("word..."), summary);
    String unbroken = BrandingMapper.summarize("x".repeat(100));
    assertEquals(BrandingMapper.SUMMARY_MAX, unbroken.length());
    assertNull(BrandingMapper.summarize("  "));
    assertEquals("b", BrandingMapper.titleFromImage("registry.example:5000/a/b:1.0@sha256:abc"));
    assertEquals("redis", BrandingMapper.titleFromImage("redis"));
  }

  @Test
  void aSecretsValueNeverEntersTheModel() {
    Mapped m = map("""
        "secrets": {"token": {"content": "s3cr3t-value", "name": "p_token"}},
        "configs": {"conf": {"content": "visible=1", "name": "p_conf"}},
        "services": {"web": {"image": "nginx", "secrets": [{"source": "token", "target": "/run/secrets/token"}],
                     "configs": [{"source": "conf"}]}}
        """);
    assertEquals(SecretDefinition.Kind.CONTENT, m.project().secret("token").orElseThrow().kind());
    String json = ModelJson.write(m.project());
    assertFalse(json.contains("s3cr3t-value"), json);
    assertTrue(json.contains("visible=1"), "config content is kept");
  }

  @Test
  void externalResourcesKeepTheirNameAndCustomNamesAreReported() {
    Mapped m = map("""
        "volumes": {"ext": {"external": true, "name": "shared"}, "bare": {"external": true},
                    "custom": {"name": "my-volume"}},
        "networks": {"corp": {"external": true, "name": "corp-net"}},
        "secrets": {"vault": {"external": true, "name": "vault-secret"}},
        "services": {"web": {"image": "nginx"}}
        """);
    assertEquals("shared", m.project().volume("ext").orElseThrow().externalName());
    assertEquals("bare", m.project().volume("bare").orElseThrow().externalName());
    assertNull(m.project().volume("custom").orElseThrow().externalName());
    assertEquals("corp-net", m.project().networks().get(0).externalName());
    assertEquals(new SecretDefinition("vault", SecretDefinition.Kind.EXTERNAL, "vault-secret",
        m.project().secrets().get(0).location()), m.project().secrets().get(0));
    assertEquals("warning model.unmapped-key volumes.custom.name", m.reported());
  }

  @Test
  void pathsInsideOutsideAndAtTheProjectDirectory() {
    Mapped m = services("""
        "web": {"build": {"context": "<PROJECT_DIR>", "dockerfile": "<PROJECT_DIR>/docker/Dockerfile.web"},
                "volumes": [{"type": "bind", "source": "<PROJECT_DIR>/a/../b/./c", "target": "/c"},
                            {"type": "bind", "source": "<PROJECT_DIR>", "target": "/project"},
                            {"type": "bind", "source": "/etc/ssl/certs", "target": "/certs", "read_only": true},
                            {"type": "bind", "source": "/work/project-other/x", "target": "/x"}]},
        "tar": {"build": {"context": "https://example.com/context.tar.gz", "dockerfile": "Dockerfile"}},
        "git": {"build": {"context": "git@github.com:acme/app.git#main", "dockerfile": "Dockerfile"}},
        "gh": {"build": {"context": "github.com/acme/app"}},
        "labelled": {"build": {"context": "<PROJECT_DIR>/app"},
                     "labels": {"org.opencontainers.image.source": "https://github.com/acme/app"}}
        """);
    Service web = m.service("web");
    assertEquals(".", web.build().context());
    assertEquals("docker/Dockerfile.web", web.build().dockerfile(), "relative to the context");
    assertEquals(List.of("b/c", ".", "/etc/ssl/certs", "/work/project-other/x"),
        web.mounts().stream().map(Mount::source).toList());
    assertTrue(web.mounts().get(2).readOnly());
    assertEquals("https://example.com/context.tar.gz", m.service("tar").build().context());
    assertNull(m.service("tar").build().gitRepository(), "a tarball is no git repository");
    assertEquals("git@github.com:acme/app.git", m.service("git").build().gitRepository());
    assertEquals("main", m.service("git").build().gitRef());
    assertEquals("github.com/acme/app", m.service("gh").build().gitRepository());
    assertNull(m.service("gh").build().gitRef());
    assertEquals("app", m.service("labelled").build().context());
    assertEquals("https://github.com/acme/app", m.service("labelled").build().gitRepository());
  }

  @Test
  void referencesThroughAliasesBecomeDependencies() {
    Mapped m = services("""
        "web": {"image": "app", "links": ["db:database"],
                "environment": {"DB_HOST": "database", "CACHE_URL": "redis://kv:6379/0", "SELF_URL": "http://web/",
                                "NAME_HOST": "the-db", "OTHER": "elsewhere:80"}},
        "db": {"image": "postgres", "container_name": "the-db"},
        "cache": {"image": "redis", "networks": {"back": {"aliases": ["kv"]}}}
        """);
    Service web = m.service("web");
    assertEquals(List.of("cache", "db"), web.dependencies().stream().map(d -> d.service()).toList());
    assertEquals(List.of(Via.ENVIRONMENT), web.dependencies().get(0).via());
    assertEquals(List.of(Via.LINKS, Via.ENVIRONMENT), web.dependencies().get(1).via());
    assertEquals("database", web.dependencies().get(1).alias());
    assertEquals(List.of(), web.env("SELF_URL").orElseThrow().references(), "a service's own name");
    assertEquals("db", web.env("NAME_HOST").orElseThrow().references().get(0).service(), "container_name");
    assertEquals(List.of(), web.env("OTHER").orElseThrow().references());
  }

  @Test
  void dependenciesOnServicesOutsideTheProjectAreDropped() {
    Mapped m = services("""
        "web": {"image": "app",
                "depends_on": {"gone": {"condition": "service_started", "required": true},
                               "maybe": {"condition": "service_started", "required": false}},
                "volumes_from": ["container:abc123"]}
        """);
    assertEquals(List.of(), m.service("web").dependencies());
    assertEquals("""
        warning model.unknown-service services.web.depends_on.gone
        notice model.unknown-service services.web.depends_on.maybe
        warning model.unmapped-key services.web.volumes_from[0]""", m.reported());
  }

  @Test
  void shortFormsAnotherLoaderMightLeave() {
    Mapped m = services("""
        "web": {"image": "app", "depends_on": ["db"], "networks": ["front"], "tmpfs": "/run:size=1k,ro,mode=1777",
                "healthcheck": {"test": "curl -f localhost"}, "secrets": ["token"],
                "extra_hosts": {"a": "1.2.3.4", "b": ["5.6.7.8", "::1"]}, "dns": "9.9.9.9",
                "devices": ["/dev/kvm"], "ulimits": {"nofile": "1024"}},
        "db": {"image": "postgres"}
        """);
    Service web = m.service("web");
    assertEquals(List.of(Via.DEPENDS_ON), web.dependencies().get(0).via());
    assertEquals("front", web.networks().get(0).network());
    assertEquals(new Mount(Mount.Type.TMPFS, null, "/run", true, 1024L, web.location()), web.mounts().get(0));
    assertEquals(List.of("CMD-SHELL", "curl -f localhost"), web.healthcheck().test());
    assertEquals("token", web.secrets().get(0).name());
    assertEquals(Map.of("a", List.of("1.2.3.4"), "b", List.of("5.6.7.8", "::1")), web.options().extraHosts());
    assertEquals(List.of("9.9.9.9"), web.options().dns());
    assertEquals(List.of("/dev/kvm"), web.options().devices());
    assertEquals(Map.of("nofile", "1024"), web.options().ulimits());
    assertEquals("warning model.unmapped-key services.web.tmpfs", m.reported(), "the mode option");
  }

  @Test
  void restartForms() {
    Mapped m = services("""
        "a": {"image": "x", "restart": "unless-stopped"},
        "b": {"image": "x", "restart": "on-failure"},
        "c": {"image": "x", "restart": "sometimes"},
        "d": {"image": "x", "deploy": {"restart_policy": {"condition": "none"}}},
        "e": {"image": "x", "deploy": {"restart_policy": {"max_attempts": 2}}}
        """);
    assertEquals("unless_stopped", m.service("a").restart().condition().name().toLowerCase());
    assertEquals("on_failure", m.service("b").restart().condition().name().toLowerCase());
    assertNull(m.service("b").restart().maxAttempts());
    assertFalse(m.service("c").restart().restarts());
    assertFalse(m.service("d").restart().restarts());
    assertTrue(m.service("e").restart().restarts(), "Swarm's default condition is any");
    assertEquals(2, m.service("e").restart().maxAttempts());
    assertEquals("warning model.invalid-value services.c.restart", m.reported());
  }

  @Test
  void healthchecksSwitchedOffByTest() {
    Mapped m = services("\"web\": {\"image\": \"x\", \"healthcheck\": {\"test\": [\"NONE\"]}}");
    assertTrue(m.service("web").healthcheck().disabled());
  }

  @Test
  void legacyResourceKeysFillTheDeployment() {
    Mapped m = services("""
        "web": {"image": "x", "cpus": 1.5, "mem_limit": "1073741824", "mem_reservation": "512m", "pids_limit": 50,
                "deploy": {"resources": {"limits": {"memory": "2147483648"}}}}
        """);
    var r = m.service("web").deployment().resources();
    assertEquals(1.5, r.cpuLimit());
    assertEquals(2L << 30, r.memoryLimitBytes(), "deploy wins");
    assertEquals(512L << 20, r.memoryReservationBytes());
    assertEquals(50L, r.pidsLimit());
  }

  /** Found by fuzzing: a negative CPU count reached the model, which its schema refused (an internal error). */
  @Test
  void negativeCpusAndSizesAreLocatedErrors() {
    for (String resources : List.of("\"cpus\": -1", "\"deploy\": {\"resources\": {\"reservations\": {\"cpus\": \"-.001\"}}}",
        "\"deploy\": {\"resources\": {\"limits\": {\"cpus\": -0.5}}}", "\"mem_limit\": -5",
        "\"deploy\": {\"resources\": {\"limits\": {\"memory\": -1}}}")) {
      GenException e = assertThrows(GenException.class,
          () -> services("\"web\": {\"image\": \"x\", " + resources + "}"), resources);
      assertEquals("model.invalid-value", e.first().code(), resources);
      assertTrue(e.first().location().isKnown(), resources);
      assertTrue(e.first().message().contains("(0 or more)") || e.first().message().contains("a size in bytes"),
          e.first().message());
    }
  }

  @Test
  void valuesOfTheWrongShapeAreLocatedErrors() {
    GenException e = assertThrows(GenException.class,
        () -> services("\"web\": {\"image\": \"x\", \"ports\": [{\"target\": \"http\"}]}"));
    assertEquals("model.invalid-value", e.first().code());
    assertEquals("services.web.ports[0].target", e.first().keyPath());
    assertTrue(e.first().location().isKnown());
    assertEquals(Severity.ERROR, e.first().severity());

    assertEquals("services.web.environment", assertThrows(GenException.class,
        () -> services("\"web\": {\"image\": \"x\", \"environment\": [\"A=1\"]}")).first().keyPath());
    assertEquals("services.web.expose[0]", assertThrows(GenException.class,
        () -> services("\"web\": {\"image\": \"x\", \"expose\": [\"9000-8000\"]}")).first().keyPath());
    assertEquals("services.web.healthcheck.interval", assertThrows(GenException.class,
        () -> services("\"web\": {\"image\": \"x\", \"healthcheck\": {\"interval\": \"10 seconds\"}}"))
        .first().keyPath());
    assertEquals("services.web.volumes[0].source", assertThrows(GenException.class,
        () -> services("\"web\": {\"image\": \"x\", \"volumes\": [{\"type\": \"bind\", \"source\": \"/a\\u0000b\","
            + " \"target\": \"/b\"}]}")).first().keyPath());
    assertEquals("name", assertThrows(GenException.class, () -> new ComposeModelMapper().map(
        NormalizedProjects.parse("{\"services\": {}}", "x.json"), NormalizedProjects.PROJECT_DIR,
        new Diagnostics())).first().keyPath());
  }

  @Test
  void hostileValuesPassThroughLiterally() {
    String nasty = "$(rm -rf /) `id` \\\"quoted\\\" \\n newline ../../etc/passwd";
    Mapped m = services("\"web\": {\"image\": \"x\", \"environment\": {\"CMD\": \"" + nasty + "\"},"
        + " \"labels\": {\"../k\": \"" + nasty + "\"}}");
    String expected = "$(rm -rf /) `id` \"quoted\" \n newline ../../etc/passwd";
    assertEquals(expected, m.service("web").env("CMD").orElseThrow().value());
    assertEquals(expected, m.service("web").labels().get("../k"));
  }
}
