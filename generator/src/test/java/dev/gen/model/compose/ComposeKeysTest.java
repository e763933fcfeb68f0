package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.model.compose.ComposeKeys.Treatment;
import dev.gen.testing.Fixtures;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The key table covers every property the Compose Specification's schema allows, scope by scope. */
class ComposeKeysTest {

  /** Keys the table knows that the schema (at its pinned commit) does not list. */
  private static final Map<Scope, Set<String>> BEYOND_THE_SCHEMA = Map.of(
      Scope.PROJECT, Set.of("x-juju", "x-brooklyn"),
      Scope.SERVICE, Set.of("x-juju", "x-brooklyn"),
      Scope.SECRET, Set.of("content"));

  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = YJson.MAPPER.readTree(Files.readString(Fixtures.repositoryRoot().resolve("schemas/compose-spec.json")));
  }

  /** Where each scope's properties are in the Compose Specification's schema. */
  private static Map<Scope, JsonNode> scopes() {
    JsonNode defs = spec.get("definitions");
    JsonNode service = defs.get("service").get("properties");
    JsonNode deploy = defs.get("deployment").get("properties");
    JsonNode mount = objectOf(service.get("volumes").get("items")).get("properties");
    Map<Scope, JsonNode> scopes = new EnumMap<>(Scope.class);
    scopes.put(Scope.PROJECT, spec.get("properties"));
    scopes.put(Scope.SERVICE, service);
    scopes.put(Scope.BUILD, objectOf(service.get("build")).get("properties"));
    scopes.put(Scope.DEPLOY, deploy);
    scopes.put(Scope.DEPLOY_RESOURCES, deploy.get("resources").get("properties"));
    scopes.put(Scope.RESOURCE_LIMITS, deploy.get("resources").get("properties").get("limits").get("properties"));
    scopes.put(Scope.RESOURCE_RESERVATIONS,
        deploy.get("resources").get("properties").get("reservations").get("properties"));
    scopes.put(Scope.RESTART_POLICY, deploy.get("restart_policy").get("properties"));
    scopes.put(Scope.PLACEMENT, deploy.get("placement").get("properties"));
    scopes.put(Scope.PLACEMENT_PREFERENCE,
        deploy.get("placement").get("properties").get("preferences").get("items").get("properties"));
    scopes.put(Scope.HEALTHCHECK, defs.get("healthcheck").get("properties"));
    scopes.put(Scope.PORT, objectOf(service.get("ports").get("items")).get("properties"));
    scopes.put(Scope.MOUNT, mount);
    scopes.put(Scope.MOUNT_BIND, mount.get("bind").get("properties"));
    scopes.put(Scope.MOUNT_VOLUME, mount.get("volume").get("properties"));
    scopes.put(Scope.MOUNT_TMPFS, mount.get("tmpfs").get("properties"));
    scopes.put(Scope.MOUNT_IMAGE, mount.get("image").get("properties"));
    scopes.put(Scope.DEPENDENCY, onlyPattern(objectOf(service.get("depends_on"))).get("properties"));
    scopes.put(Scope.SERVICE_NETWORK,
        objectOf(onlyPattern(objectOf(service.get("networks")))).get("properties"));
    scopes.put(Scope.FILE_REFERENCE, objectOf(defs.get("service_config_or_secret").get("items")).get("properties"));
    scopes.put(Scope.DEVICE, objectOf(service.get("devices").get("items")).get("properties"));
    scopes.put(Scope.ULIMIT, objectOf(onlyPattern(defs.get("ulimits"))).get("properties"));
    scopes.put(Scope.NETWORK, defs.get("network").get("properties"));
    scopes.put(Scope.VOLUME, defs.get("volume").get("properties"));
    scopes.put(Scope.SECRET, defs.get("secret").get("properties"));
    scopes.put(Scope.CONFIG, defs.get("config").get("properties"));
    return scopes;
  }

  /** The object alternative of a oneOf (or the node itself when it has properties). */
  private static JsonNode objectOf(JsonNode node) {
    if (node.has("properties") || node.has("patternProperties")) {
      return node;
    }
    for (JsonNode alternative : node.get("oneOf")) {
      if (alternative.has("properties") || alternative.has("patternProperties")) {
        return alternative;
      }
    }
    throw new AssertionError("no object alternative in " + node);
  }

  /** The schema of a user-keyed map's values. */
  private static JsonNode onlyPattern(JsonNode node) {
    JsonNode patterns = node.get("patternProperties");
    for (var e : patterns.properties()) {
      if (!e.getKey().equals("^x-")) {
        return e.getValue();
      }
    }
    throw new AssertionError("no pattern in " + node);
  }

  @Test
  void everySpecificationKeyHasARule() {
    Map<Scope, JsonNode> scopes = scopes();
    assertEquals(Set.of(Scope.values()), scopes.keySet(), "every scope is checked");
    for (var e : scopes.entrySet()) {
      Set<String> inSpec = new TreeSet<>(e.getValue().propertyNames());
      Set<String> inTable = new TreeSet<>();
      ComposeKeys.rules().stream().filter(r -> r.scope() == e.getKey()).forEach(r -> inTable.add(r.key()));
      Set<String> missing = new TreeSet<>(inSpec);
      missing.removeAll(inTable);
      assertEquals(Set.of(), missing, e.getKey() + ": keys of the specification without a rule");
      Set<String> extra = new TreeSet<>(inTable);
      extra.removeAll(inSpec);
      assertEquals(BEYOND_THE_SCHEMA.getOrDefault(e.getKey(), Set.of()), extra,
          e.getKey() + ": rules for keys the specification does not have");
    }
  }

  @Test
  void everyRuleSaysWhereOrWhy() {
    for (Rule rule : ComposeKeys.rules()) {
      assertFalse(rule.detail().isBlank(), rule.scope() + " " + rule.key());
      assertTrue(ComposeKeys.rule(rule.scope(), rule.key()).isPresent());
      if (rule.treatment() == Treatment.MAPPED) {
        assertFalse(rule.reports(dev.gen.yaml.YScalar.ofString("x", dev.gen.diag.SourceLocation.UNKNOWN)));
      }
    }
  }
}
