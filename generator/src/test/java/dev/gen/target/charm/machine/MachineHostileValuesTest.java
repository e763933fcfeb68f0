package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.RelationValues;
import dev.gen.target.charm.machine.FakeUnit.Run;
import dev.gen.testing.HostileProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in every place a value enters the hooks (the generated facts, options, a secret, relation data, the
 * unit's own address) reach the runtime and the hook tools byte for byte, and none of them is ever run.
 */
class MachineHostileValuesTest {

  private static final Path PWNED = Path.of("/tmp/pwned");

  @TempDir
  Path dir;

  private Path markers;
  private List<String> values;
  private boolean pwnedBefore;

  @BeforeEach
  void markers() throws Exception {
    markers = Files.createDirectories(dir.resolve("markers"));
    values = HostileValues.values(markers);
    pwnedBefore = Files.exists(PWNED);
  }

  @AfterEach
  void nothingRan() throws Exception {
    try (Stream<Path> files = Files.list(markers)) {
      assertEquals(List.of(), files.toList(), "a hostile value was run as a command");
    }
    if (!pwnedBefore) {
      assertFalse(Files.exists(PWNED), "a hostile value was run as a command");
    }
  }

  private FakeUnit unit() throws Exception {
    MachineCharmView view = HostileValues.view(markers);
    FakeUnit unit = FakeUnit.create(dir.resolve("unit"),
            new MachineHooksRenderer(TemplateEngine.builtIn()).render(view))
        .runtimeInstalled("docker")
        .config("image", image())
        .config("secret-env", "secret:env")
        .secret("secret:env", "content", secretContent())
        .config("secret-file", "secret:file")
        .secret("secret:file", "content", secretContent() + "\n")
        .relation("peer", "peer:1", "peer/0", Map.of("host", peerHost(), "port-map", "5432:`id`*$(id)/tcp",
            "ports", values.get(0), "port", values.get(1)))
        .relation("served", "served:2", "consumer/0", Map.of())
        .file("ingress-address", values.get(5));
    for (int i = 0; i < values.size(); i++) {
      unit.config(HostileValues.option(i), values.get(i));
    }
    return unit;
  }

  private String image() {
    return "-x " + values.get(0) + " " + values.get(1);
  }

  private String secretContent() {
    return String.join("", values);
  }

  private String peerHost() {
    return values.get(3) + values.get(1) + "\n";
  }

  @Test
  void everyValueReachesTheRuntimeExactly() throws Exception {
    FakeUnit unit = unit();
    Run install = unit.hook("install");
    assertEquals(0, install.exitCode(), install::toString);
    assertEquals(List.of("pull", "--quiet", "--", image()), install.argsOf("docker").get(1));

    Run run = unit.hook("config-changed");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(expectedCreate(unit), MachineHooksTest.createWithoutHash(run, "docker"));
    assertArrayEquals((secretContent() + "\n").getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(unit.unitState.resolve("secrets/0")));
    assertEquals(List.of(List.of("-r", "served:2", "--", "host=" + values.get(5), "port=32768", "ports=32768/tcp",
        "port-map=80:32768/tcp")), run.argsOf("relation-set"));
    assertEquals(List.of(List.of("--", "1000:1000", unit.unitState.resolve("secrets/0.new").toString())),
        run.argsOf("chown"));
    assertEquals(List.of("active", ""), unit.status());

    String newHost = values.get(11) + values.get(0);
    unit.noRelation("peer", "peer:1").relation("peer", "peer:1", "peer/1",
        Map.of("host", newHost, "port-map", "5432:" + values.get(9) + "/tcp"));
    Run changed = unit.hook("peer-relation-changed", "JUJU_REMOTE_UNIT", "peer/1");
    assertEquals(0, changed.exitCode(), changed::toString);
    List<String> create = MachineHooksTest.createWithoutHash(changed, "docker");
    assertTrue(create.contains("--env=PEER=" + values.get(0) + newHost + values.get(5) + values.get(9)),
        create::toString);
    assertEquals(List.of("active", ""), unit.status());
  }

  @Test
  void theImageAndStatusMessagesCarryValuesExactly() throws Exception {
    FakeUnit unit = unit();
    assertEquals(0, unit.hook("config-changed").exitCode());
    Run rebuild = unit.hook("actions/rebuild");
    assertEquals(0, rebuild.exitCode(), rebuild::toString);
    String id = "sha256:" + FakeUnit.key(image());
    assertEquals(List.of(List.of("--", "image=" + image(), "image-id=" + id, "replaced=false")),
        rebuild.argsOf("action-set"));

    for (String value : values) {
      unit.config("container-runtime", value);
      Run run = unit.hook("update-status");
      assertEquals(0, run.exitCode(), run::toString);
      assertEquals(value.isEmpty()
          ? List.of("active", "")
          : List.of("blocked", "option container-runtime must be docker or podman, not '" + value + "'"),
          unit.status(), "an empty runtime option means docker");
    }
  }

  @Test
  void aMissingRelationKeepsTheHostileOriginalOutOfTheWay() throws Exception {
    FakeUnit unit = unit().noRelation("peer", "peer:1");
    Run run = unit.hook("peer-relation-broken");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of("waiting", "waiting for relation peer"), unit.status());
  }

  /**
   * The hostile example project, through the plan: every value compose gave reaches the container exactly, with the
   * options at the defaults the plan wrote, a secret, relation data and storage.
   */
  @Test
  void theHostileProjectThroughThePlan() throws Exception {
    Path pwned = Path.of("/tmp/gen-pwned");
    boolean existed = Files.exists(pwned);
    Project project = HostileProjects.project();
    CharmPlan plan = CharmPlanner.plan(project, ShopViews.MACHINE, new Diagnostics()).plan("app");
    MachineCharmView view = MachineCharmViews.of(plan, project);
    FakeUnit unit = FakeUnit.create(dir.resolve("unit"), new MachineHooksRenderer(TemplateEngine.builtIn())
        .render(view)).runtimeInstalled("docker").image("docker", plan.image(), "sha256:app")
        .relation("db", "db:1", "db/0", Map.of("host", "10.0.0.5", "port", "5432", "ports", "5432/tcp"))
        .storage("data", "/srv/juju/data 0");
    for (ConfigOption o : plan.options()) {
      if (o.hasDefault()) {
        // as Juju prints it
        unit.config(o.name(), o.defaultValue() instanceof Boolean b ? (b ? "True" : "False")
            : o.defaultValue() instanceof java.math.BigDecimal d ? d.toPlainString() : o.defaultValue().toString());
      }
    }
    String token = "t0ken'\"$(x)";
    unit.config(plan.optionForEnv("API_TOKEN").orElseThrow().name(), "secret:token").secret("secret:token", "value",
        token);
    Run run = unit.hook("config-changed");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of("active", ""), unit.status(), run::toString);
    List<String> create = MachineHooksTest.createWithoutHash(run, "docker");
    Map<String, String> env = MachineCharmhubClientsTest.environment(run);
    HostileProjects.values().forEach((name, value) -> assertEquals(value, env.get(name), name));
    assertEquals(token, env.get("API_TOKEN"));
    assertFalse(env.containsKey("FROM_DEPLOYER"), "compose leaves out a variable the deployer did not set");
    RelationEnv dbUrl = plan.relationEnv().get(0);
    assertEquals(RelationValues.rebuild(dbUrl, Map.of("db", new RelationValues.Address("10.0.0.5", "5432",
        List.of("5432")))), env.get("DB_URL"));
    assertEquals("jdbc:postgresql://10.0.0.5:5432/x?opt=100%25&q='\"`$(id)`\"'", env.get("DB_URL"));
    for (String word : List.of("--publish=127.0.0.1:18080:8080/tcp", "--publish=1053:53/udp",
        "--volume=/srv/juju/data 0:/var/lib/my data:ro", "--tmpfs=/tmp/scratch:size=1048576",
        "--restart=on-failure:3", "--user=1000:1000", "--workdir=/srv/my app", "--entrypoint=/bin/entry point",
        "--label=com.example.note=a 'label' with \"quotes\" and $(subshell)",
        "--health-cmd=test \"$(cat /tmp/ok)\" = 'yes' && echo 100%", "--health-start-period=3s")) {
      assertTrue(create.contains(word), word + " in " + create);
    }
    assertEquals(List.of("--", plan.image(), "--flag=it's", "sh", "-c",
        "echo \"$GREETING\" && exec sleep 'infinity' # $(rm -rf /)", "%s"),
        create.subList(create.indexOf("--"), create.size()));
    assertEquals(List.of("1053/udp"), unit.openedPorts(), "a port bound to the loopback address stays closed");
    if (!existed) {
      assertFalse(Files.exists(pwned), "a hostile value was run as a command");
    }
  }

  private List<String> expectedCreate(FakeUnit unit) {
    List<String> expected = new ArrayList<>(List.of("create", "--name=web-0-next", "--label=dev.gen.juju-unit=web/0"));
    for (int i = 0; i < values.size(); i++) {
      expected.add(String.format(Locale.ROOT, "--label=label.%02d=%s", i, values.get(i)));
    }
    expected.add("--env=PEER=" + values.get(0) + peerHost() + values.get(5) + "`id`*$(id)");
    expected.add("--env=SECRET=" + secretContent());
    for (int i = 0; i < values.size(); i++) {
      expected.add(String.format(Locale.ROOT, "--env=OPT_%02d=%s", i, values.get(i)));
      expected.add(String.format(Locale.ROOT, "--env=TXT_%02d=%s", i, values.get(i)));
    }
    expected.add("--publish=80/tcp");
    expected.add("--volume=web-0-data:/data dir/it's \"here\" $(x) `y` *");
    expected.add("--volume=" + unit.unitState.resolve("secrets/0") + ":/run/secrets/it's $(x):ro");
    expected.add("--restart=no");
    expected.add("--stop-timeout=10");
    expected.add("--user=" + values.get(1));
    expected.add("--workdir=/work dir/" + values.get(3));
    expected.add("--health-cmd=" + HostileValues.shellQuoted(values));
    expected.add("--entrypoint=" + values.get(0));
    expected.add("--");
    expected.add(image());
    expected.add(values.get(7));
    expected.addAll(values);
    assertTrue(expected.contains("--env=OPT_05=line one\nline two\n"), "trailing newlines are kept");
    return expected;
  }
}
