package dev.gen.target.charm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule rejects a broken charmcraft.yaml with its own code, and a valid one passes every rule. */
class CharmcraftValidatorTest {

  /** A valid sidecar charm using every section the rules look at. */
  static final String VALID = """
      name: demo-app-k8s
      type: charm
      title: Demo app
      summary: A demo application.
      description: A demo application, to test the rules.
      links:
        source: https://example.com/demo
      base: ubuntu@24.04
      platforms:
        amd64:
      parts:
        charm:
          plugin: charm
          source: .
      assumes:
        - k8s-api
        - juju >= 3.6
      containers:
        app:
          resource: app-image
          mounts:
            - storage: data
              location: /var/lib/app
      resources:
        app-image:
          type: oci-image
          description: The image.
          upstream-source: nginx:1.27
      config:
        options:
          greeting:
            type: string
            default: hello
            description: A greeting.
          port:
            type: int
            default: 8080
            description: A port.
          ratio:
            type: float
            default: 0.5
            description: A ratio.
          debug:
            type: boolean
            default: false
            description: Debugging.
          password:
            type: secret
            description: A secret.
      provides:
        app:
          interface: app-address
      requires:
        db:
          interface: db-address
          limit: 1
          optional: false
      peers:
        peers:
          interface: app-peers
      storage:
        data:
          type: filesystem
          description: Data.
      actions:
        restart:
          description: Restart it.
          additionalProperties: false
      """;

  @Test
  void aValidCharmPassesTheSchemaAndEveryRule() {
    assertEquals(List.of(), CharmcraftValidator.validate(VALID, "charmcraft.yaml"));
  }

  static Stream<Arguments> brokenCharms() {
    return Stream.of(
        Arguments.of("charmcraft.schema", VALID.replace("type: charm", "type: charm\nversion: 3")),
        Arguments.of("charmcraft.schema", VALID.replace("base: ubuntu@24.04", "base: ubuntu@23.04")),
        Arguments.of("juju.charm-name", VALID.replace("name: demo-app-k8s", "name: redis-1")),
        Arguments.of("juju.charm-name", VALID.replace("name: demo-app-k8s", "name: Demo_App")),
        Arguments.of("juju.summary", VALID.replace("summary: A demo application.", "summary: " + "x".repeat(79))),
        Arguments.of("juju.summary", VALID.replace("summary: A demo application.", "summary: \"two\\nlines\"")),
        Arguments.of("juju.endpoint-name", VALID.replace("  db:\n    interface: db-address",
            "  db.main:\n    interface: db-address")),
        Arguments.of("juju.endpoint-name", VALID.replace("  db:\n    interface: db-address",
            "  Db:\n    interface: db-address")),
        Arguments.of("juju.endpoint-reserved", VALID.replace("  db:\n    interface: db-address",
            "  juju-db:\n    interface: db-address")),
        Arguments.of("juju.endpoint-unique", VALID.replace("  peers:\n    interface: app-peers",
            "  db:\n    interface: app-peers")),
        Arguments.of("juju.endpoint-unique", VALID.replace("  peers:\n    interface: app-peers",
            "  app_peers:\n    interface: app-peers\n  app-peers:\n    interface: app-peers")),
        Arguments.of("juju.endpoint-interface", VALID.replace("  db:\n    interface: db-address\n",
            "  db: db-address\n").replace("    limit: 1\n    optional: false\n", "")),
        Arguments.of("juju.endpoint-interface", VALID.replace("interface: app-address", "interface: juju-info")),
        Arguments.of("juju.endpoint-fields", VALID.replace("    limit: 1", "    limit: 0")),
        Arguments.of("juju.endpoint-fields", VALID.replace("    optional: false", "    optional: maybe")),
        Arguments.of("juju.config-option-name", VALID.replace("    greeting:", "    Greeting_Text:")),
        Arguments.of("juju.config-type", VALID.replace("      type: string\n      default: hello",
            "      type: text\n      default: hello")),
        Arguments.of("juju.config-type", VALID.replace("      type: string\n      default: hello",
            "      default: hello")),
        Arguments.of("juju.config-default", VALID.replace("default: 8080", "default: \"8080\"")),
        Arguments.of("juju.config-default", VALID.replace("default: 8080", "default: 9223372036854775808")),
        Arguments.of("juju.config-default", VALID.replace("default: 0.5", "default: half")),
        Arguments.of("juju.config-default", VALID.replace("default: false", "default: \"no\"")),
        Arguments.of("juju.config-default", VALID.replace("default: hello", "default: 42")),
        Arguments.of("juju.config-secret-default", VALID.replace("      type: secret\n",
            "      type: secret\n      default: hunter2\n")),
        Arguments.of("juju.action-name", VALID.replace("  restart:\n    description: Restart it.",
            "  Restart_Now:\n    description: Restart it.")),
        Arguments.of("juju.action-name", VALID.replace("  restart:\n    description: Restart it.",
            "  import:\n    description: Restart it.")),
        Arguments.of("juju.action-schema", VALID.replace("    additionalProperties: false\n", "")),
        Arguments.of("juju.action-schema", VALID.replace("    additionalProperties: false\n",
            "    additionalProperties: false\n    params:\n      x:\n        $ref: \"#/x\"\n")),
        Arguments.of("juju.container-resource", VALID.replace("resource: app-image", "resource: other-image")),
        Arguments.of("juju.container-resource", VALID.replace("    resource: app-image\n",
            "    resource: app-image\n    bases:\n      - name: ubuntu\n")),
        Arguments.of("juju.container-resource", VALID.replace("resources:\n",
            "resources:\n  spare-image:\n    type: oci-image\n    description: Unused.\n")),
        Arguments.of("juju.container-name", VALID.replace("containers:\n  app:", "containers:\n  App_1:")),
        Arguments.of("juju.container-name", VALID.replace("    resource: app-image\n",
            "    resource: app-image\n    uid: 1000\n")),
        Arguments.of("juju.container-name", VALID.replace("      - storage: data", "      - storage: logs")),
        Arguments.of("juju.resource-fields", VALID.replace("resources:\n",
            "resources:\n  config-file:\n    type: file\n    filename: etc/app.conf\n")),
        Arguments.of("juju.storage-name", VALID.replace("storage:\n  data:", "storage:\n  data-1:")
            .replace("- storage: data", "- storage: data-1")),
        Arguments.of("juju.storage-name", VALID.replace("    type: filesystem", "    type: tmpfs")),
        Arguments.of("juju.base-platforms", VALID.replace("base: ubuntu@24.04", "base: ubuntu@25.10")),
        Arguments.of("juju.base-platforms", VALID.replace("base: ubuntu@24.04", "base: ubuntu@26.04")),
        Arguments.of("juju.parts", VALID.replace("    plugin: charm\n    source: .\n", "    plugin: dump\n")
            .replace("parts:\n  charm:\n", "parts:\n  hooks:\n")),
        Arguments.of("juju.parts", VALID.replace("    plugin: charm\n    source: .\n",
            "    plugin: dump\n    source: .\n    prime:\n      - lib\n      - ../outside\n")),
        Arguments.of("juju.parts", VALID.replace("    plugin: charm\n    source: .\n",
            "    plugin: dump\n    source: .\n    prime:\n      - lib\n")),
        Arguments.of("juju.parts", VALID.replace("    plugin: charm\n    source: .\n", "    plugin: [charm]\n")));
  }

  /** A hooks-only machine charm, as gen writes it, passes: the dump part primes its hooks. */
  @Test
  void aHooksOnlyCharmIsValid() {
    String machine = VALID.replace("    plugin: charm\n    source: .\n",
        "    plugin: dump\n    source: .\n    prime:\n      - README.md\n      - actions\n      - hooks\n"
            + "      - lib\n");
    assertEquals(List.of(), CharmcraftValidator.validate(machine, "charmcraft.yaml"));
  }

  @ParameterizedTest
  @MethodSource("brokenCharms")
  void eachRuleRejectsABrokenCharm(String code, String yaml) {
    List<Diagnostic> problems = CharmcraftValidator.validate(yaml, "charmcraft.yaml");
    Set<String> codes = problems.stream().map(Diagnostic::code).collect(Collectors.toSet());
    assertTrue(codes.contains(code), "expected " + code + ", got " + problems);
    for (Diagnostic d : problems) {
      assertEquals("charmcraft.yaml", d.location().file());
      assertTrue(d.location().line() > 0 || d.keyPath().isEmpty(), "no line for " + d);
    }
  }

  @Test
  void everyRuleHasABrokenExample() {
    Set<String> tested = brokenCharms().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    for (JujuRule rule : JujuRules.ALL) {
      assertTrue(tested.contains("juju." + rule.id()), "no test for rule " + rule.id());
    }
  }

  @Test
  void problemsPointAtTheLine() {
    List<Diagnostic> problems =
        CharmcraftValidator.validate(VALID.replace("  juju-db:", "").replace("  db:\n", "  juju-db:\n"),
            "charmcraft.yaml");
    Diagnostic d = problems.stream().filter(p -> p.code().equals("juju.endpoint-reserved")).findFirst()
        .orElseThrow();
    assertEquals("requires.juju-db", d.keyPath());
    assertEquals(lineOf(VALID, "  db:\n") , d.location().line());
  }

  @Test
  void notYamlIsOneClearProblem() {
    List<Diagnostic> problems = CharmcraftValidator.validate("name: [unclosed", "charmcraft.yaml");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("not valid YAML"), problems.toString());
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
