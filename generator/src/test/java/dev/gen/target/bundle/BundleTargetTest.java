package dev.gen.target.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Dependency;
import dev.gen.model.Deployment;
import dev.gen.model.EnvVar;
import dev.gen.model.Project;
import dev.gen.model.Resources;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.charmhub.CharmhubKitchen;
import dev.gen.testing.ExampleProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** What the bundle target writes beyond the approved examples: charms, hostile values, placement, references. */
class BundleTargetTest {

  static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(FileTree tree) {
    return new Yaml().load(tree.text("bundle.yaml"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> app(FileTree tree, String name) {
    return (Map<String, Object>) ((Map<String, Object>) yaml(tree).get("applications")).get(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop", "dockerfiles"})
  void theCharmsAreExactlyWhatGenCharmWrites(String fixture) {
    Project project = ExampleProjects.all().get(fixture);
    FileTree bundle = new BundleTarget(ENGINE).generate(project, BundleOptions.defaults(), new Diagnostics());
    FileTree charms = new CharmTarget(ENGINE).generate(project, CharmOptions.defaults(), new Diagnostics());
    assertEquals(charms.size(), bundle.files().keySet().stream().filter(p -> p.startsWith("charms/")).count());
    charms.files().forEach((path, f) -> {
      FileTree.GeneratedFile copy = bundle.get("charms/" + path);
      assertEquals(f.text(), copy.text(), path);
      assertEquals(f.executable(), copy.executable(), path);
    });
  }

  @Test
  void everyKindOfCharmhubCharmMakesAValidBundle() {
    Diagnostics d = new Diagnostics();
    FileTree tree = new BundleTarget(ENGINE).generate(CharmhubKitchen.project(),
        BundleOptions.defaults().withCharmhub(true), d);
    Map<String, Object> bundle = yaml(tree);
    @SuppressWarnings("unchecked")
    List<List<String>> relations = (List<List<String>>) bundle.get("relations");
    assertTrue(relations.contains(List.of("app:ingress", "proxy:ingress")), relations.toString());
    assertTrue(relations.contains(List.of("grafana:grafana-source", "prometheus:grafana-source")));
    assertTrue(relations.contains(List.of("app:pg-database", "pg:database")));
    assertEquals("nginx-ingress-integrator", app(tree, "proxy").get("charm"));
    assertEquals(Boolean.TRUE, app(tree, "proxy").get("trust"));
    assertFalse(app(tree, "proxy").containsKey("expose"), "the ingress charm routes; the app behind it is exposed");
    assertTrue(tree.text("deploy.sh").contains(" --trust "), "Charmhub charms that need trust deploy with it");
    // only the password nothing relates stays a secret
    assertTrue(tree.text("deploy.sh").contains("MYSTERY_PASSWORD"));
    assertFalse(tree.text("deploy.sh").contains("DATABASE_URL"));
  }

  @Test
  void aDirectoryReferenceNamesTheCharmFolder() {
    FileTree tree = new BundleTarget(ENGINE).generate(ExampleProjects.wordpress(),
        BundleOptions.defaults().withCharmRef(BundleOptions.CharmRef.DIR), new Diagnostics());
    assertEquals("./charms/db-k8s", app(tree, "db").get("charm"));
    assertFalse(tree.text("deploy.sh").contains("charmcraft pack"));
  }

  @Test
  void withoutItsRendererAFlavourIsAUsageError() {
    CharmTarget k8sOnly = new CharmTarget(ENGINE, Map.of(dev.gen.target.charm.CharmFlavour.K8S,
        new dev.gen.target.charm.k8s.K8sCharmRenderer()));
    GenException e = assertThrows(GenException.class, () -> new BundleTarget(ENGINE, k8sOnly).generate(
        ExampleProjects.webapp(), BundleOptions.defaults().withFlavour(dev.gen.target.charm.CharmFlavour.MACHINE),
        new Diagnostics()));
    assertEquals(GenException.EXIT_USAGE, e.exitCode());
  }

  /** Strings YAML or a shell would misread come back exactly; a secret's value is nowhere in the output. */
  @Test
  void hostileValuesArriveUnchanged() {
    Map<String, String> values = Map.of(
        "QUOTES", "it's \"quoted\" and # not a comment",
        "NEWLINES", "line one\nline two\r\n\ttabbed",
        "SHELL", "$(touch /tmp/pwned) `id` ${HOME} ; rm -rf /",
        "KEYWORD", "yes",
        "NUMBERISH", "0x1F",
        "ON", "off",
        "UNICODE", "caf\u00e9 \u2028 \u0085 end",
        "FLOW", "{a: [b, c]}, *alias &anchor !tag");
    Service.Builder b = Service.builder("web").image("example/web:1");
    values.forEach((k, v) -> b.addEnvironment(EnvVar.plain(k, v, null)));
    b.addEnvironment(new EnvVar("API_TOKEN", "super-secret-value", true, "name", List.of(), null));
    Project project = new Project("evil", SourceKind.COMPOSE, List.of(b.build()), List.of(), List.of(), List.of(),
        List.of(), null, null);
    FileTree tree = new BundleTarget(ENGINE).generate(project, BundleOptions.defaults(), new Diagnostics());
    @SuppressWarnings("unchecked")
    Map<String, Object> options = (Map<String, Object>) app(tree, "web").get("options");
    values.forEach((k, v) -> assertEquals(v, options.get(k.toLowerCase(java.util.Locale.ROOT)), k));
    tree.files().forEach((path, f) -> assertFalse(f.text().contains("super-secret-value"), path));
    assertTrue(tree.text("deploy.sh").contains("API_TOKEN"));
  }

  @Test
  void placementAndLimitsBecomeConstraintsWhereJujuCanSayThem() {
    Deployment deploy = new Deployment(3, "replicated", new Resources(0.5, 2L * 1024 * 1024 * 1024, null, null,
        null), List.of("node.labels.zone == east", "node.platform.arch == x86_64", "node.platform.os == linux",
        "node.role == manager", "node.hostname != a"), List.of(), Map.of(), null);
    Project project = new Project("placed", SourceKind.COMPOSE, List.of(
        Service.builder("web").image("example/web:1").deployment(deploy).build()), List.of(), List.of(), List.of(),
        List.of(), null, null);
    Diagnostics k8s = new Diagnostics();
    FileTree tree = new BundleTarget(ENGINE).generate(project, BundleOptions.defaults(), k8s);
    Map<String, Object> web = app(tree, "web");
    assertEquals(3, web.get("scale"));
    assertEquals("mem=2G arch=amd64", web.get("constraints"));
    assertEquals(List.of("zone=east"), web.get("to"));
    List<String> unmapped = k8s.all().stream().filter(x -> x.code().endsWith("unmapped"))
        .map(Diagnostic::keyPath).toList();
    assertTrue(unmapped.contains("services.web.deploy.placement.constraints[3]"), unmapped.toString());
    assertTrue(unmapped.contains("services.web.deploy.placement.constraints[4]"), unmapped.toString());
    assertFalse(unmapped.contains("services.web.deploy.placement.constraints[0]"), "expressed, not reported");
    assertTrue(unmapped.contains("services.web.deploy.resources.limits.cpus"), "Kubernetes has no cores");

    Diagnostics machine = new Diagnostics();
    FileTree m = new BundleTarget(ENGINE).generate(project,
        BundleOptions.defaults().withFlavour(dev.gen.target.charm.CharmFlavour.MACHINE), machine);
    Map<String, Object> mweb = app(m, "web");
    assertEquals(3, mweb.get("num_units"));
    assertEquals("mem=2G cores=1 arch=amd64", mweb.get("constraints"));
    assertFalse(mweb.containsKey("to"));
    List<String> mUnmapped = machine.withSeverity(dev.gen.diag.Severity.WARNING).stream()
        .map(Diagnostic::keyPath).toList();
    assertTrue(mUnmapped.contains("services.web.deploy.placement.constraints[0]"), "node labels need Kubernetes");
    assertFalse(mUnmapped.contains("services.web.deploy.resources.limits.cpus"), "cores say it");
  }

  @Test
  void servicesThatShareASecretShareOneJujuSecret() {
    Project project = new Project("pair", SourceKind.COMPOSE, List.of(
        Service.builder("a").image("example/a:1")
            .addEnvironment(new EnvVar("A_PASSWORD", "same", true, "name", List.of(), null)).build(),
        Service.builder("b").image("example/b:1")
            .addEnvironment(new EnvVar("B_PASSWORD", "same", true, "name", List.of(), null))
            .addEnvironment(new EnvVar("B_TOKEN", "other", true, "name", List.of(), null))
            .addDependency(new Dependency("a", List.of(Dependency.Via.DEPENDS_ON), null, true, false, null, null))
            .build()), List.of(), List.of(), List.of(), List.of(), null, null);
    FileTree tree = new BundleTarget(ENGINE).generate(project, BundleOptions.defaults(), new Diagnostics());
    String script = tree.text("deploy.sh");
    assertTrue(script.contains("juju grant-secret \"$uri_1\" a,b"), script);
    assertTrue(script.contains("juju grant-secret \"$uri_2\" b"), script);
    assertFalse(script.contains("uri_3"), script);
  }
}
