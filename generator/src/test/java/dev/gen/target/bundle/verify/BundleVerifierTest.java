package dev.gen.target.bundle.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of Juju's bundle rules rejects a broken bundle with its own code and a clear message; a valid one passes. */
class BundleVerifierTest {

  /** The charms the test bundles use. */
  static final CharmSource CHARMS = new CharmSource() {
    @Override
    public Optional<CharmMetadata> local(String path) {
      return switch (path) {
        case "./charms/web", "./charms/web/web_amd64.charm" -> Optional.of(new CharmMetadata("web",
            Map.of("website", "http"), Map.of("db", "pgsql", "cache", "redis"), Map.of("cluster", "web-peers"),
            Map.of("port", "int", "title", "string", "ratio", "float", "debug", "boolean", "password", "secret"),
            false, Set.of("metrics"), true));
        case "./charms/logger" -> Optional.of(new CharmMetadata("logger", Map.of(),
            Map.of("host", "juju-info"), Map.of(), Map.of(), true, Set.of(), true));
        case "./charms/proxy" -> Optional.of(new CharmMetadata("proxy", Map.of(),
            Map.of("backend", "http", "fallback", "http"), Map.of(), Map.of(), false, Set.of(), true));
        default -> Optional.empty();
      };
    }

    @Override
    public Optional<CharmMetadata> charmhub(String name) {
      return switch (name) {
        case "postgresql" -> Optional.of(new CharmMetadata("postgresql", Map.of("db", "pgsql",
            "database", "postgresql_client"), Map.of(), Map.of(), Map.of(), false, Set.of(), true));
        case "redis-k8s" -> Optional.of(new CharmMetadata("redis-k8s", Map.of("redis", "redis"), Map.of(),
            Map.of(), Map.of(), false, Set.of(), false));
        default -> Optional.empty();
      };
    }
  };

  /** A machine bundle that uses every section the rules look at, with an overlay. */
  static final String VALID = """
      description: A valid bundle.
      default-base: ubuntu@22.04
      machines:
        "0":
          constraints: mem=2G cores=2
          base: ubuntu@22.04/stable
      applications:
        web:
          charm: ./charms/web
          num_units: 2
          to: ["0", "lxd:0"]
          options:
            port: 8080
            title: Hello
            ratio: 0.5
            debug: true
            password: secret:abcdefghij0123456789
          constraints: mem=1G arch=amd64
          storage:
            data: ebs,10G,1
          devices:
            gpu: 1,nvidia.com/gpu
          bindings:
            "": alpha
            website: beta
          resources:
            image: 3
            config: ./config.tar
          expose: true
        pg:
          charm: postgresql
          channel: 14/stable
          revision: 10
          num_units: 1
          to: [new]
        logger:
          charm: ./charms/logger
      saas:
        remote-cache:
          url: admin/other.cache
      relations:
        - [web:db, pg:db]
        - [logger, web]
      ---
      applications:
        web:
          offers:
            web-offer:
              endpoints: [website]
          exposed-endpoints:
            website:
              expose-to-cidrs: [10.0.0.0/8, "2001:db8::/32"]
          expose: false
      """;

  static final String K8S_VALID = """
      bundle: kubernetes
      applications:
        web:
          charm: ./charms/web/web_amd64.charm
          scale: 3
          to: ["zone=east,disk=ssd"]
          trust: true
        cache:
          charm: redis-k8s
          channel: latest/edge
          scale: 1
      relations:
        - [web:cache, cache:redis]
      """;

  private static final String WEB = "applications:\n  web:\n    charm: ./charms/web\n    num_units: 1\n";
  private static final String K8S_WEB = "bundle: kubernetes\napplications:\n  web:\n    charm: ./charms/web\n";

  static List<Diagnostic> verify(String yaml) {
    return BundleVerifier.verify(yaml, "bundle.yaml", CHARMS);
  }

  @Test
  void validBundlesPassEveryRule() {
    assertEquals(List.of(), verify(VALID));
    assertEquals(List.of(), verify(K8S_VALID));
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("bundle.empty", ""),
        Arguments.of("bundle.empty", "# nothing but a comment\n"),
        Arguments.of("bundle.empty", "- not\n- a mapping\n"),
        Arguments.of("bundle.unknown-key", WEB + "    constrain: mem=1G\n"),
        Arguments.of("bundle.unknown-key", "services:\n  web:\n    charm: ./charms/web\n"),
        Arguments.of("bundle.scale-and-num-units", K8S_WEB + "    scale: 1\n    num_units: 1\n"),
        Arguments.of("bundle.placement", WEB + "    placement: zone=a\n"),
        Arguments.of("bundle.placement", K8S_WEB + "    placement: zone=a\n    to: [zone=b]\n"),
        Arguments.of("bundle.bundle-type", "bundle: vm\n" + WEB),
        Arguments.of("bundle.kubernetes-machines", "machines:\n  '0': {}\n" + K8S_WEB),
        Arguments.of("bundle.series", "series: Jammy!\n" + WEB),
        Arguments.of("bundle.default-base", "default-base: ubuntu22.04\n" + WEB),
        Arguments.of("bundle.default-base", "default-base: beos@5\n" + WEB),
        Arguments.of("bundle.saas", WEB + "saas:\n  web:\n    url: admin/model.web\n"),
        Arguments.of("bundle.saas", WEB + "saas:\n  cache:\n    url: not a url\n"),
        Arguments.of("bundle.machines", "machines:\n  one: {}\n" + WEB),
        Arguments.of("bundle.machines", "machines:\n  '0':\n    constraints: mem=lots\n" + WEB + "    to: ['0']\n"),
        Arguments.of("bundle.base", WEB + "    base: ubuntu@\n"),
        Arguments.of("bundle.base", WEB + "    base: ubuntu@22.04/sometimes\n"),
        Arguments.of("bundle.unused-machine", "machines:\n  '0': {}\n" + WEB),
        Arguments.of("bundle.no-applications", "applications: {}\n"),
        Arguments.of("bundle.no-applications", "description: no applications\n"),
        Arguments.of("bundle.null-application", "applications:\n  web:\n"),
        Arguments.of("bundle.charm", "applications:\n  web:\n    charm: ./charms/missing\n"),
        Arguments.of("bundle.charm", "applications:\n  web:\n    charm: ./charms/web/web_arm64.charm\n"),
        Arguments.of("bundle.charm", "applications:\n  web:\n    num_units: 1\n"),
        Arguments.of("bundle.charm", "applications:\n  web:\n    charm: Bad_Charm\n"),
        Arguments.of("bundle.charm-url-revision", "applications:\n  pg:\n    charm: postgresql-12\n"
            + "    channel: 14/stable\n"),
        Arguments.of("bundle.revision", "applications:\n  pg:\n    charm: postgresql\n    revision: 5\n"),
        Arguments.of("bundle.revision", "applications:\n  pg:\n    charm: postgresql\n    channel: 14/stable\n"
            + "    revision: -1\n"),
        Arguments.of("bundle.application-series", "applications:\n  pg:\n    charm: ch:amd64/focal/postgresql\n"
            + "    series: jammy\n"),
        Arguments.of("bundle.application-series", WEB + "    series: Bad Series\n"),
        Arguments.of("bundle.constraints", WEB + "    constraints: mem=lots\n"),
        Arguments.of("bundle.constraints", WEB + "    constraints: memory=1G\n"),
        Arguments.of("bundle.constraints", WEB + "    constraints: image-id=ubuntu-bf2\n"),
        Arguments.of("bundle.storage", WEB + "    storage:\n      data: 10X\n"),
        Arguments.of("bundle.storage", WEB + "    storage:\n      Data_1: 10G\n"),
        Arguments.of("bundle.devices", WEB + "    devices:\n      gpu: ',,'\n"),
        Arguments.of("bundle.offers", WEB + "---\napplications:\n  web:\n    offers:\n      Bad_Offer:\n"
            + "        endpoints: [website]\n"),
        Arguments.of("bundle.offers", WEB + "---\napplications:\n  web:\n    offers:\n      web-offer:\n"
            + "        endpoints: [Web.Site]\n"),
        Arguments.of("bundle.charm-exists", "applications:\n  x:\n    charm: no-such-charm\n"),
        Arguments.of("bundle.charm-exists", WEB + "  logger:\n    charm: ./charms/logger\n    num_units: 1\n"),
        Arguments.of("bundle.resources", WEB + "    resources:\n      image: [1]\n"),
        Arguments.of("bundle.resources", WEB + "    resources:\n      '': ./file\n"),
        Arguments.of("bundle.num-units", "applications:\n  web:\n    charm: ./charms/web\n    num_units: -1\n"),
        Arguments.of("bundle.machine-placement", WEB + "    to: ['1']\n"),
        Arguments.of("bundle.machine-placement", WEB + "    to: [new, new]\n"),
        Arguments.of("bundle.machine-placement", WEB + "    to: [other/0]\n"),
        Arguments.of("bundle.machine-placement", WEB + "  pg:\n    charm: postgresql\n    num_units: 1\n"
            + "    to: [web/1]\n"),
        Arguments.of("bundle.machine-placement", WEB + "    to: ['lxd:not/valid/at/all']\n"),
        Arguments.of("bundle.kubernetes-placement", K8S_WEB + "    scale: 2\n    to: [zone=a, zone=b]\n"),
        Arguments.of("bundle.kubernetes-placement", K8S_WEB + "    to: [east]\n"),
        Arguments.of("bundle.expose", WEB + "---\napplications:\n  web:\n    expose: true\n"
            + "    exposed-endpoints:\n      website:\n        expose-to-cidrs: [10.0.0.0/8]\n"),
        Arguments.of("bundle.expose", WEB + "---\napplications:\n  web:\n    exposed-endpoints:\n      website:\n"
            + "        expose-to-cidrs: [10.0.0.300/8]\n"),
        Arguments.of("bundle.relation-form", WEB + "relations:\n  - [web]\n"),
        Arguments.of("bundle.relation-form", WEB + "relations:\n  - [web:Bad, pg:db]\n"),
        Arguments.of("bundle.relation-form", WEB + "relations: web\n"),
        Arguments.of("bundle.relation-application", WEB + "relations:\n  - [web:db, nope:db]\n"),
        Arguments.of("bundle.relation-application", WEB + "saas:\n  web:\n    url: admin/m.web\n"
            + "relations:\n  - [web:db, web:website]\n"),
        Arguments.of("bundle.relation-duplicate", WEB + "relations:\n  - [web:db, web:website]\n"),
        Arguments.of("bundle.relation-duplicate", WEB + "  pg:\n    charm: postgresql\n    channel: 14/stable\n"
            + "    num_units: 1\nrelations:\n  - [web:db, pg:db]\n  - [pg:db, web:db]\n"),
        Arguments.of("bundle.relation-endpoints", WEB + "  pg:\n    charm: postgresql\n    num_units: 1\n"
            + "relations:\n  - [web:nope, pg:db]\n"),
        Arguments.of("bundle.relation-endpoints", WEB + "  pg:\n    charm: postgresql\n    num_units: 1\n"
            + "relations:\n  - [web:db, pg:database]\n"),
        Arguments.of("bundle.relation-endpoints", WEB + "  proxy:\n    charm: ./charms/proxy\n    num_units: 1\n"
            + "relations:\n  - [web:db, proxy:backend]\n"),
        Arguments.of("bundle.relation-endpoints", WEB + "  proxy:\n    charm: ./charms/proxy\n    num_units: 1\n"
            + "relations:\n  - [web, proxy]\n"),
        Arguments.of("bundle.relation-endpoints", WEB + "  pg:\n    charm: postgresql\n    num_units: 1\n"
            + "  proxy:\n    charm: ./charms/proxy\n    num_units: 1\nrelations:\n  - [pg, proxy]\n"),
        Arguments.of("bundle.options", WEB + "    options:\n      colour: red\n"),
        Arguments.of("bundle.options", WEB + "    options:\n      port: eighty\n"),
        Arguments.of("bundle.options", WEB + "    options:\n      title: 42\n"),
        Arguments.of("bundle.options", WEB + "    options:\n      debug: 'yes'\n"),
        Arguments.of("bundle.options", WEB + "    options:\n      password: hunter2\n"),
        Arguments.of("bundle.bindings", WEB + "    bindings:\n      nope: alpha\n"),
        Arguments.of("bundle.overlay-only", WEB + "    offers:\n      web-offer:\n        endpoints: [website]\n"),
        Arguments.of("bundle.overlay-only", WEB + "    exposed-endpoints:\n      website:\n"
            + "        expose-to-spaces: [alpha]\n"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("broken")
  void eachRuleRejectsABrokenBundle(String code, String yaml) {
    List<Diagnostic> problems = verify(yaml);
    assertTrue(problems.stream().anyMatch(d -> d.code().equals(code)),
        "expected " + code + " for\n" + yaml + "\ngot " + problems.stream().map(Diagnostic::format).toList());
    for (Diagnostic d : problems) {
      assertFalse(d.message().isBlank());
      assertEquals("bundle.yaml", d.location().file());
    }
  }

  @Test
  void everyRuleHasABrokenExample() {
    Set<String> tested = broken().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    for (BundleRule rule : BundleRules.ALL) {
      assertTrue(tested.contains("bundle." + rule.id()), "no broken example for rule " + rule.number() + " "
          + rule.id());
    }
  }

  @Test
  void theRulesAreTheChecklistInOrder() {
    assertEquals(35, BundleRules.ALL.size());
    for (int i = 0; i < BundleRules.ALL.size(); i++) {
      assertEquals(i + 1, BundleRules.ALL.get(i).number());
    }
    assertEquals(35, BundleRules.ALL.stream().map(BundleRule::id).distinct().count());
  }

  @Test
  void problemsPointAtTheLine() {
    Diagnostic d = verify(WEB + "    constraints: mem=lots\n").stream()
        .filter(p -> p.code().equals("bundle.constraints")).findFirst().orElseThrow();
    assertEquals(5, d.location().line());
    assertEquals("applications.web.constraints", d.keyPath());
    assertTrue(d.message().contains("mem=lots"), d.message());
  }

  @Test
  void notYamlIsOneClearProblem() {
    List<Diagnostic> problems = verify("applications: [unclosed\n");
    assertEquals(1, problems.size());
    assertEquals("bundle.yaml", problems.get(0).code());
    List<Diagnostic> duplicate = verify(WEB + "  web:\n    charm: ./charms/web\n");
    assertEquals("bundle.yaml", duplicate.get(0).code());
    assertTrue(duplicate.get(0).message().contains("already defined"), duplicate.get(0).message());
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    List<Diagnostic> problems = verify(bomb.toString());
    assertEquals(1, problems.size());
    assertEquals("bundle.yaml", problems.get(0).code());
  }

  @Test
  void anOverlayComposesOntoTheBase() {
    String base = WEB + "  pg:\n    charm: postgresql\n    channel: 14/stable\n    num_units: 1\n"
        + "relations:\n  - [web:db, pg:db]\n";
    // an overlay that removes pg removes its relation too, and options merge
    String overlay = "---\napplications:\n  pg:\n  web:\n    options:\n      port: 80\n";
    assertEquals(List.of(), verify(base + overlay));
    String badOverlay = "---\napplications:\n  web:\n    options:\n      port: eighty\n";
    assertTrue(verify(base + badOverlay).stream().anyMatch(d -> d.code().equals("bundle.options")));
  }
}
