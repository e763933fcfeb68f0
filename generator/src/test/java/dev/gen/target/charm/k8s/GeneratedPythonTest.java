package dev.gen.target.charm.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.Endpoint;
import dev.gen.target.charm.PortPlan;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.Python;
import dev.gen.yaml.YJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Every generated Python file compiles, and the charm's pure logic ({@code layer.py} with {@code workload.py}),
 * run by python3, gives the environment and command gen expects. (ops itself cannot be installed here; the
 * generated Scenario tests run under the real ops elsewhere.)
 */
class GeneratedPythonTest {

  /** Imports the charm's logic without ops, feeds it defaults, test secrets and relation data, prints JSON. */
  static final String DRIVE_LAYER = """
      import json, sys
      import layer, workload
      inputs = json.loads(sys.stdin.read())
      texts = {}
      for option in workload.OPTIONS:
          if option["type"] == "secret":
              texts[option["env"]] = "secret-" + option["option"]
          elif option["option"] in inputs["defaults"]:
              texts[option["env"]] = layer.config_text(option["type"], inputs["defaults"][option["option"]])
      addresses = {}
      for endpoint, data in inputs["remote"].items():
          client = workload.CLIENTS.get(endpoint)
          unit = data["unit"]
          if client is None:
              addresses[endpoint] = layer.address_from_data(data["app"])
          elif client["protocol"] == "data-platform":
              addresses[endpoint] = layer.data_platform_address(data["app"], {**data["app"], **data["secret"]}, client)
          elif client["protocol"] == "unit-address":
              addresses[endpoint] = layer.unit_address(unit, client)
          elif client["protocol"] == "rabbitmq":
              addresses[endpoint] = layer.rabbitmq_address(data["app"], client)
      env = layer.environment(texts, addresses)
      result = {"environment": env}
      if workload.COMMAND:
          result["layer"] = layer.pebble_layer(env)
      print(json.dumps(result))
      """;

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop", "dockerfiles"})
  void everyPythonFileCompiles(String fixture, @TempDir Path dir) throws Exception {
    FileTree tree = new CharmTarget(TemplateEngine.builtIn())
        .generate(ExampleProjects.all().get(fixture), CharmOptions.defaults(), new Diagnostics());
    Python.write(tree, dir);
    List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".py")).map(p -> dir.relativize(p).toString()).sorted()
          .forEach(args::add);
    }
    assertTrue(args.size() > 2);
    Python.Result r = Python.run(dir, Map.of(), args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.stderr());
  }

  @ParameterizedTest
  @ValueSource(strings = {"webapp", "wordpress", "shop", "dockerfiles"})
  void theCharmLogicGivesTheExpectedEnvironmentAndCommand(String fixture, @TempDir Path dir) throws Exception {
    Project project = ExampleProjects.all().get(fixture);
    FileTree tree = new CharmTarget(TemplateEngine.builtIn())
        .generate(project, CharmOptions.defaults(), new Diagnostics());
    Python.write(tree, dir);
    CharmPlans plans = CharmPlanner.plan(project, CharmOptions.defaults(), new Diagnostics());
    for (CharmPlan plan : plans.selected()) {
      Map<String, UnitTestView.Remote> remotes = remotes(plan, plans);
      Path charmDir = dir.resolve(plan.name());
      Files.writeString(charmDir.resolve("drive.py"), DRIVE_LAYER);
      Python.Result r = run(charmDir, input(plan, remotes));
      assertEquals(0, r.exitCode(), r.stderr());
      JsonNode out = YJson.MAPPER.readTree(r.stdout());
      Map<String, String> env = new TreeMap<>();
      out.get("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
      assertEquals(UnitTestView.environment(plan, remotes), env, plan.name());
      if (plan.command().isKnown()) {
        JsonNode service = out.get("layer").get("services").get(plan.baseName());
        assertEquals(PythonText.shlexJoin(plan.command().argv()), service.get("command").asString());
        assertEquals("replace", service.get("override").asString());
        assertEquals(plan.restart().onFailure(), service.get("on-failure").asString());
      }
    }
  }

  static Project charmhubProject(String name) {
    return name.equals("kitchen") ? dev.gen.target.charm.charmhub.CharmhubKitchen.project()
        : ExampleProjects.all().get(name);
  }

  /** With Charmhub charms, the charm's logic reads each protocol's relation data into the expected environment. */
  @ParameterizedTest
  @ValueSource(strings = {"kitchen", "wordpress", "shop"})
  void charmhubClientsGiveTheExpectedEnvironment(String name, @TempDir Path dir) throws Exception {
    Project project = charmhubProject(name);
    CharmOptions options = CharmOptions.defaults().withCharmhub(true);
    FileTree tree = new CharmTarget(TemplateEngine.builtIn()).generate(project, options, new Diagnostics());
    Python.write(tree, dir);
    List<String> compile = new ArrayList<>(List.of("-m", "py_compile"));
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".py")).map(p -> dir.relativize(p).toString()).sorted()
          .forEach(compile::add);
    }
    assertEquals(0, Python.run(dir, Map.of(), compile.toArray(String[]::new)).exitCode());
    CharmPlans plans = CharmPlanner.plan(project, options, new Diagnostics());
    int clients = 0;
    for (CharmPlan plan : plans.selected()) {
      clients += plan.clients().size();
      Map<String, UnitTestView.Remote> remotes = remotes(plan, plans);
      Path charmDir = dir.resolve(plan.name());
      Files.writeString(charmDir.resolve("drive.py"), DRIVE_LAYER);
      Python.Result r = run(charmDir, input(plan, remotes));
      assertEquals(0, r.exitCode(), r.stderr());
      JsonNode out = YJson.MAPPER.readTree(r.stdout());
      Map<String, String> env = new TreeMap<>();
      out.get("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
      assertEquals(UnitTestView.environment(plan, remotes), env, plan.name());
    }
    assertTrue(clients > 0);
  }

  /** Values with URL-special characters are quoted inside URLs and kept as they are elsewhere. */
  @org.junit.jupiter.api.Test
  void credentialsAreQuotedInsideUrls(@TempDir Path dir) throws Exception {
    Project project = dev.gen.target.charm.charmhub.CharmhubKitchen.project();
    CharmOptions options = CharmOptions.defaults().withCharmhub(true);
    Python.write(new CharmTarget(TemplateEngine.builtIn()).generate(project, options, new Diagnostics()), dir);
    Path charmDir = dir.resolve("app-k8s");
    String script = """
        import layer, workload
        client = workload.CLIENTS["pg-database"]
        address = layer.data_platform_address(
            {"endpoints": "pg-primary:5432,pg-replica:5432", "database": "app/db"},
            {"username": "u@ser", "password": "p:ss/w@rd %"}, client)
        parts = next(e["parts"] for e in workload.RELATION_ENV if e["env"] == "DATABASE_URL")
        print(layer.relation_value(parts, {"pg-database": address}))
        user = next(e["parts"] for e in workload.RELATION_ENV if e["env"] == "DB_USER")
        print(layer.relation_value(user, {"pg-database": address}))
        print(layer.relation_value(parts, {"pg-database": None}))
        """;
    Files.writeString(charmDir.resolve("quote.py"), script);
    Python.Result r = Python.run(charmDir, Map.of("PYTHONPATH", "src"), "quote.py");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(List.of("postgresql://u%40ser:p%3Ass%2Fw%40rd%20%25@pg-primary:5432/app%2Fdb?sslmode=require",
        "u@ser", "postgresql://pg:5432/appdb?sslmode=require"), List.of(r.stdout().split("\n")));
  }

  /**
   * Pebble starts a service (and chowns a pushed file) as a numeric user only with a group, and with a group only
   * with a user: a numeric user gets its primary group from the image's /etc/passwd (root's when it is not listed,
   * as Docker does), a group alone gets root as its user; names (and digits int() refuses) pass as they are.
   */
  @org.junit.jupiter.api.Test
  void pebbleGetsAUserAndAGroupTogether(@TempDir Path dir) throws Exception {
    Python.write(new CharmTarget(TemplateEngine.builtIn())
        .generate(ExampleProjects.all().get("dockerfiles"), CharmOptions.defaults(), new Diagnostics()), dir);
    Path charmDir = dir.resolve("worker-k8s");
    String script = """
        import json, layer, workload
        passwd = "root:x:0:0:root:/root:/bin/sh\\nnode:x:1000:1001::/home/node:/bin/sh\\nbad:x:7:x::/:/bin/sh\\n"
        cases = [("1000", None, passwd), ("1000", None, ""), ("2000", None, passwd), ("7", None, passwd),
                 ("1000", "50", ""), ("node", None, ""), (None, "50", ""), (None, "staff", ""), (None, None, ""),
                 ("\u00b2", None, passwd)]
        print(json.dumps([layer.identity(u, g, p) for u, g, p in cases]))
        print(json.dumps(layer.owner("1000", None, passwd)))
        print(json.dumps({k: v for k, v in layer.pebble_layer({}, passwd)["services"][workload.SERVICE].items()
                          if "user" in k or "group" in k}))
        """;
    Files.writeString(charmDir.resolve("identity.py"), script);
    Python.Result r = Python.run(charmDir, Map.of("PYTHONPATH", "src"), "identity.py");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(List.of(
        "[{\"user-id\": 1000, \"group-id\": 1001}, {\"user-id\": 1000, \"group-id\": 0}, "
            + "{\"user-id\": 2000, \"group-id\": 0}, {\"user-id\": 7, \"group-id\": 0}, "
            + "{\"user-id\": 1000, \"group-id\": 50}, {\"user\": \"node\"}, {\"user-id\": 0, \"group-id\": 50}, "
            + "{\"user-id\": 0, \"group\": \"staff\"}, {}, {\"user\": \"\\u00b2\"}]",
        "{\"user_id\": 1000, \"group_id\": 1001}",
        "{\"user-id\": 1000, \"group-id\": 1001}"), List.of(r.stdout().split("\n")));
  }

  static Map<String, UnitTestView.Remote> remotes(CharmPlan plan, CharmPlans plans) {
    return UnitTestView.remotes(plan, plans);
  }

  static String input(CharmPlan plan, Map<String, UnitTestView.Remote> remotes) {
    Map<String, Object> defaults = new TreeMap<>();
    for (ConfigOption o : plan.options()) {
      if (o.defaultValue() != null) {
        defaults.put(o.name(), o.defaultValue());
      }
    }
    Map<String, Object> remote = new TreeMap<>();
    UnitTestView.remoteData(plan, remotes).forEach((endpoint, data) -> {
      if (remotes.containsKey(endpoint)) {
        remote.put(endpoint, Map.of("app", data.app(), "unit", data.unit(),
            "secret", data.secret() == null ? Map.of() : data.secret()));
      }
    });
    return YJson.MAPPER.writeValueAsString(Map.of("defaults", defaults, "remote", remote));
  }

  static Python.Result run(Path charmDir, String stdin) throws Exception {
    Path in = charmDir.resolve("input.json");
    Files.writeString(in, stdin);
    return Python.run(charmDir, Map.of("PYTHONPATH", "src"), "-c",
        "import sys; sys.stdin = open('input.json', encoding='utf-8'); exec(open('drive.py').read())");
  }
}
