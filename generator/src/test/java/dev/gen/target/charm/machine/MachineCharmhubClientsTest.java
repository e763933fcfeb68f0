package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Dependency;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmTarget;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.RelationValues;
import dev.gen.target.charm.charmhub.CharmhubKitchen;
import dev.gen.target.charm.charmhub.Protocol;
import dev.gen.target.charm.machine.FakeUnit.Run;
import dev.gen.testing.Python;
import dev.gen.yaml.YJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine charm that requires Charmhub charms (PostgreSQL, MongoDB, Kafka, RabbitMQ: the kitchen project with
 * {@code --use-charmhub}): its leader asks each for what the compose file used, and its hooks rebuild the environment
 * from each protocol's answer exactly as the Java side ({@link RelationValues}) and the Kubernetes charm's Python do,
 * with credentials full of characters that break URLs and shells.
 */
class MachineCharmhubClientsTest {

  private static final MachineHooksRenderer RENDERER = new MachineHooksRenderer(TemplateEngine.builtIn());

  @TempDir
  Path dir;

  private Path markers;

  @BeforeEach
  void markers() throws Exception {
    markers = Files.createDirectories(dir.resolve("markers"));
  }

  @AfterEach
  void nothingRan() throws Exception {
    try (Stream<Path> files = Files.list(markers)) {
      assertEquals(List.of(), files.toList(), "a relation value was run as a command");
    }
  }

  static CharmPlans plans(Project project) {
    return CharmPlanner.plan(project, ShopViews.MACHINE.withCharmhub(true), new Diagnostics());
  }

  /** The kitchen's app: it requires postgresql, mongodb, kafka and rabbitmq-server, and two generated charms. */
  static CharmPlan app(Project project) {
    return plans(project).plan("app");
  }

  /** A password with everything that breaks a URL, a shell or a naive parser, and a trailing newline. */
  private String password() {
    return "p'a\"ss $(touch " + markers + "/dollar) `touch " + markers + "/tick` @:/?#[]% ü\nline two\n";
  }

  private String user() {
    return "us@er:name/$(id)";
  }

  /** The unit of the app, with its generated relations answered and its secret option set. */
  private FakeUnit unit(Project project) throws Exception {
    CharmPlan plan = app(project);
    return FakeUnit.create(dir.resolve("unit"), RENDERER.render(MachineCharmViews.of(plan, project)))
        .runtimeInstalled("docker")
        .image("docker", "example/app:1", "sha256:app")
        .config("mystery-password", "secret:mystery")
        .secret("secret:mystery", "value", "m")
        .relation("memcached", "memcached:5", "memcached/0",
            Map.of("host", "10.0.0.40", "port", "11211", "ports", "11211/tcp"))
        .relation("files", "files:6", "files/0", Map.of("host", "10.0.0.50", "port", "9000", "ports", "9000/tcp"));
  }

  /** Every Charmhub charm has answered: two in their application databag with a secret, one without, one per unit. */
  private FakeUnit answered(FakeUnit unit) throws Exception {
    return unit
        .relationApp("pg-database", "pg-database:1", "pg", Map.of(
            "endpoints", "10.0.0.10:5432, 10.0.0.11:5432", "database", "app/db", "secret-user", "secret:pguser"))
        .secret("secret:pguser", "username", user())
        .secret("secret:pguser", "password", password())
        .relationApp("mongo-database", "mongo-database:2", "mongo", Map.of(
            "endpoints", "mongo-0.internal:27017", "database", "catalog", "username", "cat",
            "password", password()))
        .relationApp("kafka-client", "kafka-client:3", "kafka", Map.of(
            "endpoints", "[fd00::1]:9092,broker-2:9092", "topic", "orders", "secret-user", "secret:kafkauser"))
        .secret("secret:kafkauser", "username", "relation-3")
        .secret("secret:kafkauser", "password", password())
        .relation("amqp", "amqp:4", "rabbit/0", Map.of("hostname", "10.0.0.30", "password", password()));
  }

  /** What each relation gave, as the Java side reads it. */
  private Map<String, RelationValues.Address> addresses() {
    Map<String, RelationValues.Address> a = new TreeMap<>();
    a.put("pg-database", new RelationValues.Address("10.0.0.10", "5432", List.of("5432"), user(), password(),
        "app/db"));
    a.put("mongo-database", new RelationValues.Address("mongo-0.internal", "27017", List.of("27017"), "cat",
        password(), "catalog"));
    a.put("kafka-client", new RelationValues.Address("[fd00::1]", "9092", List.of("9092"), "relation-3",
        password(), "orders"));
    a.put("amqp", new RelationValues.Address("10.0.0.30", "5672", List.of("5672"), "app", password(), "/"));
    a.put("memcached", new RelationValues.Address("10.0.0.40", "11211", List.of("11211")));
    a.put("files", new RelationValues.Address("10.0.0.50", "9000", List.of("9000")));
    return a;
  }

  static Map<String, String> environment(Run run) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String word : MachineHooksTest.createWithoutHash(run, "docker")) {
      if (word.startsWith("--env=")) {
        String pair = word.substring("--env=".length());
        env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    return env;
  }

  @Test
  void theAppRequiresTheMachineCharmsOfCharmhub() {
    CharmPlan plan = app(CharmhubKitchen.project());
    MachineCharmView view = MachineCharmViews.of(plan, CharmhubKitchen.project());
    assertEquals(List.of("amqp", "kafka-client", "mongo-database", "pg-database"),
        view.clients().stream().map(MachineCharmView.Client::endpoint).toList());
    assertEquals(Protocol.RABBITMQ, view.clients().get(0).protocol());
    assertEquals("rabbitmq-server", view.clients().get(0).providerCharm());
    assertEquals(5672, view.clients().get(0).port());
  }

  @Test
  void theLeaderAsksEachCharmForWhatComposeUsed() throws Exception {
    FakeUnit unit = unit(CharmhubKitchen.project()).leader()
        .relationApp("pg-database", "pg-database:1", "pg", Map.of())
        .relationApp("kafka-client", "kafka-client:3", "kafka", Map.of())
        .relation("amqp", "amqp:4", "rabbit/0", Map.of())
        .relationApp("mongo-database", "mongo-database:2", "mongo", Map.of());
    Run run = unit.hook("pg-database-relation-joined", "JUJU_REMOTE_APP", "pg");
    MachineHooksTest.ok(run);
    assertEquals(List.of(
        List.of("-r", "amqp:4", "--app", "--", "username=app", "vhost=/"),
        List.of("-r", "kafka-client:3", "--app", "--", "extra-user-roles=producer,consumer",
            "requested-secrets=[\"username\", \"password\"]", "topic=orders"),
        List.of("-r", "mongo-database:2", "--app", "--", "database=catalog",
            "requested-secrets=[\"username\", \"password\"]"),
        List.of("-r", "pg-database:1", "--app", "--", "database=appdb",
            "requested-secrets=[\"username\", \"password\"]")), run.argsOf("relation-set"));
    assertEquals("appdb", unit.publishedApp("pg-database", "pg-database:1", "database"));
    assertEquals(List.of("waiting", "waiting for rabbitmq-server to create the user (relation amqp)"),
        unit.status());
  }

  @Test
  void aNewLeaderAsksToo() throws Exception {
    FakeUnit unit = unit(CharmhubKitchen.project()).relationApp("pg-database", "pg-database:1", "pg", Map.of());
    Run follower = unit.hook("config-changed");
    MachineHooksTest.ok(follower);
    assertEquals(List.of(), follower.argsOf("relation-set"), "only the leader writes the application databag");
    assertEquals(List.of(List.of()), follower.argsOf("is-leader"));
    unit.leader();
    Run elected = unit.hook("leader-elected");
    MachineHooksTest.ok(elected);
    assertEquals(List.of(List.of("-r", "pg-database:1", "--app", "--", "database=appdb",
        "requested-secrets=[\"username\", \"password\"]")), elected.argsOf("relation-set"));
  }

  @Test
  void everyProtocolsAnswerGivesTheValuesTheJavaSideComputes() throws Exception {
    Project project = CharmhubKitchen.project();
    FakeUnit unit = answered(unit(project));
    Run run = unit.hook("config-changed");
    MachineHooksTest.ok(run);
    assertEquals(List.of("active", ""), unit.status(), run::toString);
    Map<String, String> env = environment(run);
    CharmPlan plan = app(project);
    // DATABASE_URL, DB_USER (pg), MONGO_URL, KAFKA_BOOTSTRAP_SERVERS, KAFKA_TOPIC, AMQP_URL, CACHE_HOST (generated)
    assertEquals(7, plan.relationEnv().size());
    for (RelationEnv r : plan.relationEnv()) {
      assertEquals(RelationValues.rebuild(r, addresses()), env.get(r.envVar()), r.envVar());
    }
    // spelled out once, to see the rules at work: credentials URL-quoted in the URL, the database name too
    assertEquals("postgresql://" + RelationValues.urlQuote(user()) + ":" + RelationValues.urlQuote(password())
        + "@10.0.0.10:5432/app%2Fdb?sslmode=require", env.get("DATABASE_URL"));
    assertTrue(env.get("DATABASE_URL").contains("%24%28touch%20"), env.get("DATABASE_URL"));
    assertEquals(user(), env.get("DB_USER"), "a value that is only the user name is not quoted");
    assertEquals("amqp://app:" + RelationValues.urlQuote(password()) + "@10.0.0.30:5672/%2F", env.get("AMQP_URL"));
    assertEquals("[fd00::1]:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
    assertEquals("orders", env.get("KAFKA_TOPIC"));
    assertEquals("10.0.0.40", env.get("CACHE_HOST"));
  }

  @Test
  void credentialsComeFromTheSecretTheCharmGrantedWhichIsReadAgainWhenItChanges() throws Exception {
    FakeUnit unit = answered(unit(CharmhubKitchen.project()));
    MachineHooksTest.ok(unit.hook("config-changed"));
    unit.secret("secret:pguser", "password", "rotated");
    Run run = unit.hook("secret-changed", "JUJU_SECRET_ID", "secret:pguser");
    MachineHooksTest.ok(run);
    assertTrue(environment(run).get("DATABASE_URL").contains(":rotated@10.0.0.10:5432/"));
    assertTrue(run.argsOf("secret-get").contains(
        List.of("--refresh", "--format=json", "--", "secret:pguser", "password#base64")));
  }

  @Test
  void aRequiredRelationWithoutAnswerMakesTheUnitWait() throws Exception {
    FakeUnit unit = answered(unit(CharmhubKitchen.project())).noRelation("pg-database", "pg-database:1");
    MachineHooksTest.ok(unit.hook("config-changed"));
    assertEquals(List.of("waiting", "waiting for relation pg-database"), unit.status());
    unit.relationApp("pg-database", "pg-database:1", "pg", Map.of("database", "appdb"));
    Run run = unit.hook("pg-database-relation-changed");
    MachineHooksTest.ok(run);
    assertEquals(List.of("waiting", "waiting for postgresql to create the database and user (relation pg-database)"),
        unit.status());
    assertEquals(List.of(MachineHooksTest.imageInspect("example/app:1")), run.argsOf("docker"),
        "no container is made while the relation gives nothing");
  }

  @Test
  void aSecretNotGrantedYetMakesTheUnitWait() throws Exception {
    FakeUnit unit = answered(unit(CharmhubKitchen.project()));
    unit.relationApp("pg-database", "pg-database:1", "pg", Map.of("secret-user", "secret:notyet"));
    Run run = unit.hook("config-changed");
    MachineHooksTest.ok(run);
    assertEquals(List.of("waiting", "waiting for postgresql to create the database and user (relation pg-database)"),
        unit.status());
    assertTrue(run.argsOf("juju-log").stream().anyMatch(a -> a.get(3).equals(
        "the credentials of relation pg-database are not readable yet")), run::toString);
  }

  @Test
  void aPasswordWithANulByteBlocks() throws Exception {
    FakeUnit unit = answered(unit(CharmhubKitchen.project()));
    Files.write(unit.state.resolve("secrets/" + FakeUnit.key("secret:pguser") + "/password"),
        new byte[] {'a', 0, 'b'});
    MachineHooksTest.ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked", "key password of the secret of relation pg-database holds a NUL byte, which the"
        + " container cannot receive"), unit.status());
  }

  @Test
  void anOptionalRelationThatIsAbsentKeepsTheComposeText() throws Exception {
    Project project = optionalMongo(CharmhubKitchen.project());
    FakeUnit unit = answered(unit(project)).noRelation("mongo-database", "mongo-database:2");
    Run run = unit.hook("config-changed");
    MachineHooksTest.ok(run);
    assertEquals(List.of("active", ""), unit.status());
    Map<String, RelationValues.Address> withoutMongo = new TreeMap<>(addresses());
    withoutMongo.remove("mongo-database");
    Map<String, String> env = environment(run);
    for (RelationEnv r : app(project).relationEnv()) {
      assertEquals(RelationValues.rebuild(r, withoutMongo), env.get(r.envVar()), r.envVar());
    }
    assertEquals("mongodb://mongo:27017/catalog", env.get("MONGO_URL"));
  }

  /**
   * The Kubernetes charm's Python ({@code layer.data_platform_address}, {@code rabbitmq_address},
   * {@code relation_value}), given the same answers, gives the very same values as the machine charm's hooks.
   */
  @Test
  void theKubernetesCharmsPythonAgrees(@TempDir Path python) throws Exception {
    Project project = CharmhubKitchen.project();
    Run run = answered(unit(project)).hook("config-changed");
    MachineHooksTest.ok(run);
    Map<String, String> machine = environment(run);
    Python.write(new CharmTarget(TemplateEngine.builtIn()).generate(project,
        CharmOptions.defaults().withCharmhub(true), new Diagnostics()), python);
    Path charm = python.resolve("app-k8s");
    Files.writeString(charm.resolve("input.json"), YJson.MAPPER.writeValueAsString(Map.of(
        "user", user(), "password", password())));
    Files.writeString(charm.resolve("drive.py"), """
        import json, layer, workload
        given = json.load(open("input.json", encoding="utf-8"))
        creds = {"username": given["user"], "password": given["password"]}
        c = workload.CLIENTS
        addresses = {
            "pg-database": layer.data_platform_address(
                {"endpoints": "10.0.0.10:5432, 10.0.0.11:5432", "database": "app/db"}, creds, c["pg-database"]),
            "mongo-database": layer.data_platform_address(
                {"endpoints": "mongo-0.internal:27017", "database": "catalog"},
                {"username": "cat", "password": given["password"]}, c["mongo-database"]),
            "kafka-client": layer.data_platform_address(
                {"endpoints": "[fd00::1]:9092,broker-2:9092", "topic": "orders"},
                {"username": "relation-3", "password": given["password"]}, c["kafka-client"]),
            "amqp": layer.rabbitmq_address({"hostname": "10.0.0.30", "password": given["password"]}, c["amqp"]),
        }
        env = {e["env"]: layer.relation_value(e["parts"], addresses) for e in workload.RELATION_ENV
               if all(p.get("endpoint") in (None, *addresses) for p in e["parts"])}
        print(json.dumps(env))
        """);
    Python.Result r = Python.run(charm, Map.of("PYTHONPATH", "src"), "drive.py");
    assertEquals(0, r.exitCode(), r.stderr());
    Map<String, String> k8s = new TreeMap<>();
    YJson.MAPPER.readTree(r.stdout()).properties().forEach(e -> k8s.put(e.getKey(), e.getValue().asString()));
    assertEquals(List.of("AMQP_URL", "DATABASE_URL", "DB_USER", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_TOPIC",
        "MONGO_URL"), List.copyOf(k8s.keySet()));
    k8s.forEach((name, value) -> assertEquals(value, machine.get(name), name));
  }

  /** The kitchen with {@code depends_on: {mongo: {required: false}}}. */
  static Project optionalMongo(Project project) {
    List<Service> services = project.services().stream().map(s -> !s.name().equals("app") ? s : s.toBuilder()
        .dependencies(s.dependencies().stream().map(d -> !d.service().equals("mongo") ? d
            : new Dependency(d.service(), d.via(), d.condition(), false, d.restart(), d.alias(), d.location()))
            .toList()).build()).toList();
    return new Project(project.name(), project.source(), services, project.volumes(), project.networks(),
        project.secrets(), project.configs(), project.hints(), project.location());
  }

  /**
   * The protocols no machine charm of gen's table speaks yet (Charmhub has redis and memcached, and the ingress
   * charms, for Kubernetes only): a unit-address provider and an ingress, in a view made by hand.
   */
  @Test
  void unitAddressAndIngress() throws Exception {
    MachineCharmView view = MachineCharmView.builder("web", "web").pull("img:1", null)
        .port(new MachineCharmView.Port(8080, "", "", "tcp"))
        .endpoint(new MachineCharmView.Endpoint("cache", MachineCharmView.Endpoint.Role.REQUIRES, true))
        .endpoint(new MachineCharmView.Endpoint("ingress", MachineCharmView.Endpoint.Role.REQUIRES, false))
        .client(new MachineCharmView.Client("cache", Protocol.UNIT_ADDRESS, "memcached", "", "host", null, Map.of()))
        .client(new MachineCharmView.Client("ingress", Protocol.INGRESS, "traefik", "", "", null, Map.of()))
        .env("CACHE", EnvPart.FromRelation.host("cache", "memcached"), new EnvPart.Text(":"),
            EnvPart.FromRelation.port("cache", 11211))
        .build();
    FakeUnit unit = FakeUnit.create(dir.resolve("unit"), RENDERER.render(view)).runtimeInstalled("docker")
        .image("docker", "img:1", "sha256:1").leader()
        .relation("cache", "cache:1", "memcached/1", Map.of("host", "10.2.0.1", "port", "11212"))
        .relation("cache", "cache:1", "memcached/0", Map.of())
        .relation("ingress", "ingress:2", "traefik/0", Map.of());
    Run run = unit.hook("config-changed", "JUJU_MODEL_NAME", "prod \"model\"");
    MachineHooksTest.ok(run);
    assertEquals("10.2.0.1:11212", environment(run).get("CACHE"),
        "a port the provider does not listen on becomes its port, as layer.unit_address gives it");
    assertEquals("\"10.1.2.3\"", unit.published("ingress", "ingress:2", "host"));
    assertEquals("\"web\"", unit.publishedApp("ingress", "ingress:2", "name"));
    assertEquals("\"prod \\\"model\\\"\"", unit.publishedApp("ingress", "ingress:2", "model"));
    assertEquals("32768", unit.publishedApp("ingress", "ingress:2", "port"));
    assertNull(unit.published("cache", "cache:1", "host"), "a requirer publishes nothing to its provider");
    assertFalse(run.argsOf("relation-set").contains(List.of("-r", "cache:1", "--app", "--")));
  }
}
