package dev.gen.target.charm.charmhub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Project;
import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.CharmOptions;
import dev.gen.target.charm.CharmPlan;
import dev.gen.target.charm.CharmPlanner;
import dev.gen.target.charm.CharmPlans;
import dev.gen.target.charm.CharmhubApp;
import dev.gen.target.charm.ClientPlan;
import dev.gen.target.charm.ConfigOption;
import dev.gen.target.charm.RelationEnv;
import dev.gen.target.charm.RelationPlan;
import dev.gen.target.charm.ValuePart;
import dev.gen.testing.ExampleProjects;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which services become Charmhub charms, how generated charms relate to them, and what they ask and read. */
class CharmhubPlanningTest {

  static final CharmOptions CHARMHUB = CharmOptions.defaults().withCharmhub(true);

  static CharmPlans plan(Project project, CharmOptions options, Diagnostics diagnostics) {
    return CharmPlanner.plan(project, options, diagnostics);
  }

  static Set<String> charmhubServices(CharmPlans plans) {
    return plans.charmhub().stream().map(CharmhubApp::service).collect(Collectors.toSet());
  }

  static RelationEnv env(CharmPlan plan, String name) {
    return plan.relationEnv().stream().filter(r -> r.envVar().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void withoutTheOptionOrAHintEveryServiceGetsItsOwnCharm() {
    CharmPlans plans = plan(CharmhubKitchen.project(), CharmOptions.defaults(), new Diagnostics());
    assertEquals(List.of(), plans.charmhub());
    assertEquals(10, plans.all().size());
  }

  @Test
  void wellKnownImagesBecomeCharmhubCharmsWhenTheirClientsCanUseThem() {
    Diagnostics d = new Diagnostics();
    CharmPlans plans = plan(CharmhubKitchen.project(), CHARMHUB, d);
    assertEquals(Set.of("pg", "mongo", "rabbit", "kafka", "memcached", "proxy", "prometheus", "grafana"),
        charmhubServices(plans));
    assertEquals("postgresql-k8s", plans.charmName("pg"));
    assertEquals("14/stable", plans.charmhubApp("pg").orElseThrow().channel());
    assertTrue(plans.charmhubApp("pg").orElseThrow().trust());
    // a generated charm cannot use MinIO's object-storage interface: it keeps its own charm
    assertTrue(plans.forService("files").isPresent());
    assertTrue(d.all().stream().anyMatch(x -> x.code().equals("charm.charmhub-skipped")
        && x.keyPath().equals("services.files.image")), d.all().toString());
  }

  @Test
  void theConsumerRequiresEachCharmsEndpointUnderItsConventionalName() {
    CharmPlans plans = plan(CharmhubKitchen.project(), CHARMHUB, new Diagnostics());
    Map<String, RelationPlan> byProvider = plans.relations().stream()
        .collect(Collectors.toMap(r -> r.consumer() + "->" + r.provider(), r -> r));
    // two databases: each endpoint is named after its service
    assertEquals(new RelationPlan("app", "pg-database", "pg", "database", "postgresql_client", false),
        byProvider.get("app->pg"));
    assertEquals(new RelationPlan("app", "mongo-database", "mongo", "database", "mongodb_client", false),
        byProvider.get("app->mongo"));
    assertEquals(new RelationPlan("app", "amqp", "rabbit", "amqp", "rabbitmq", false), byProvider.get("app->rabbit"));
    assertEquals(new RelationPlan("app", "kafka-client", "kafka", "kafka-client", "kafka_client", false),
        byProvider.get("app->kafka"));
    assertEquals(new RelationPlan("app", "memcache", "memcached", "memcache", "memcache", false),
        byProvider.get("app->memcached"));
    // the reverse proxy gives ingress to the service it proxies to
    assertEquals(new RelationPlan("app", "ingress", "proxy", "ingress", "ingress", true),
        byProvider.get("app->proxy"));
    // two Charmhub charms gen knows to work together
    assertEquals(new RelationPlan("grafana", "grafana-source", "prometheus", "grafana-source", "grafana_datasource",
        false), byProvider.get("grafana->prometheus"));
    assertEquals(new RelationPlan("app", "files", "files", "files", "files-address", false),
        byProvider.get("app->files"));
  }

  @Test
  void clientsAskForWhatComposeUsed() {
    CharmPlan app = plan(CharmhubKitchen.project(), CHARMHUB, new Diagnostics()).plan("app");
    ClientPlan pg = app.client("pg-database").orElseThrow();
    assertEquals(Protocol.DATA_PLATFORM, pg.protocol());
    assertEquals(Map.of("database", "appdb", "requested-secrets", "[\"username\", \"password\"]"), pg.request());
    assertEquals("database", pg.resourceKey());
    assertEquals(Map.of("database", "catalog", "requested-secrets", "[\"username\", \"password\"]"),
        app.client("mongo-database").orElseThrow().request());
    assertEquals(Map.of("topic", "orders", "extra-user-roles", "producer,consumer", "requested-secrets",
        "[\"username\", \"password\"]"), app.client("kafka-client").orElseThrow().request());
    ClientPlan rabbit = app.client("amqp").orElseThrow();
    assertEquals(Map.of("username", "app", "vhost", "/"), rabbit.request());
    assertEquals(5672, rabbit.port());
    ClientPlan memcache = app.client("memcache").orElseThrow();
    assertEquals("host", memcache.hostKey());
    assertEquals(Protocol.INGRESS, app.client("ingress").orElseThrow().protocol());
  }

  @Test
  void urlsAreRebuiltWithTheCredentialsAndDatabaseTheRelationGives() {
    CharmPlan app = plan(CharmhubKitchen.project(), CHARMHUB, new Diagnostics()).plan("app");
    RelationEnv db = env(app, "DATABASE_URL");
    assertEquals(List.of(ValuePart.text("postgresql://"), new ValuePart(ValuePart.Kind.USERINFO, "", "pg-database"),
        new ValuePart(ValuePart.Kind.HOST, "pg", "pg-database"), ValuePart.text(":"),
        new ValuePart(ValuePart.Kind.PORT, "5432", "pg-database"), ValuePart.text("/"),
        new ValuePart(ValuePart.Kind.DATABASE_PATH, "appdb", "pg-database"), ValuePart.text("?sslmode=require")),
        db.parts());
    assertFalse(db.value().contains("s3cret"), "a secret's credentials are never kept: " + db.value());
    // a URL without credentials gets them from the relation
    assertEquals(new ValuePart(ValuePart.Kind.USERINFO, "", "mongo-database"), env(app, "MONGO_URL").parts().get(1));
    assertEquals(new ValuePart(ValuePart.Kind.DATABASE_PATH, "%2F", "amqp"),
        env(app, "AMQP_URL").parts().get(env(app, "AMQP_URL").parts().size() - 1));
  }

  @Test
  void variablesThatPlayARoleAreBoundToTheRelation() {
    CharmPlan app = plan(CharmhubKitchen.project(), CHARMHUB, new Diagnostics()).plan("app");
    // its value is the one compose gave PostgreSQL's user, so it is bound to that relation, not MongoDB's
    assertEquals(List.of(new ValuePart(ValuePart.Kind.USERNAME, "app", "pg-database")), env(app, "DB_USER").parts());
    assertEquals(List.of(new ValuePart(ValuePart.Kind.DATABASE, "orders", "kafka-client")),
        env(app, "KAFKA_TOPIC").parts());
    assertEquals(List.of(new ValuePart(ValuePart.Kind.PORT, "11211", "memcache")), env(app, "CACHE_PORT").parts());
    // a password nothing ties to a relation stays a secret option
    ConfigOption mystery = app.optionForEnv("MYSTERY_PASSWORD").orElseThrow();
    assertTrue(mystery.isSecret());
    assertTrue(app.options().stream().noneMatch(o -> "DATABASE_URL".equals(o.envVar()) || "DB_USER".equals(o.envVar())));
  }

  @Test
  void theWordpressPasswordComesFromTheRelation() {
    CharmPlans plans = plan(ExampleProjects.wordpress(), CHARMHUB, new Diagnostics());
    CharmPlan wordpress = plans.plan("wordpress");
    assertEquals(List.of(), wordpress.options());
    assertEquals(Set.of("WORDPRESS_DB_HOST", "WORDPRESS_DB_NAME", "WORDPRESS_DB_PASSWORD", "WORDPRESS_DB_USER"),
        wordpress.relationEnv().stream().map(RelationEnv::envVar).collect(Collectors.toSet()));
    assertEquals(Map.of("database", "wordpress", "requested-secrets", "[\"username\", \"password\"]"),
        wordpress.client("database").orElseThrow().request());
  }

  @Test
  void aHintChoosesTheCharmAndChannel() {
    Project project = CharmhubKitchen.withHints(CharmhubKitchen.project(), "files",
        Map.of("charm", "minio", "channel", "ckf-1.10/stable"));
    Diagnostics d = new Diagnostics();
    CharmPlans plans = plan(project, CharmOptions.defaults(), d);
    assertEquals(Set.of("files"), charmhubServices(plans));
    assertEquals("ckf-1.10/stable", plans.charmhubApp("files").orElseThrow().channel());
    // forced by the hint although the generated app cannot use it: no relation, and a warning says so
    assertTrue(plans.relations().stream().noneMatch(r -> r.provider().equals("files")));
    assertTrue(d.all().stream().anyMatch(x -> x.keyPath().equals("services.app.depends_on.files")));
  }

  @Test
  void aHintKeepsTheGeneratedCharm() {
    Project project = CharmhubKitchen.withHints(CharmhubKitchen.project(), "pg", Map.of("charm", "generated"));
    CharmPlans plans = plan(project, CHARMHUB, new Diagnostics());
    assertTrue(plans.forService("pg").isPresent());
    assertEquals("pg-address", plans.relation("app", "pg").orElseThrow().interfaceName());
  }

  @Test
  void badHintsAreClearErrors() {
    Project base = CharmhubKitchen.project();
    GenException unknown = assertThrows(GenException.class, () -> plan(
        CharmhubKitchen.withHints(base, "pg", Map.of("charm", "postgres-operator")), CHARMHUB, new Diagnostics()));
    Diagnostic d = unknown.first();
    assertEquals("charm.invalid-hint", d.code());
    assertEquals("services.pg.x-juju.charm", d.keyPath());
    assertTrue(d.message().contains("postgresql-k8s"), d.message());
    GenException otherFlavour = assertThrows(GenException.class, () -> plan(
        CharmhubKitchen.withHints(base, "pg", Map.of("charm", "postgresql-k8s")),
        CharmOptions.defaults().withFlavour(CharmFlavour.MACHINE), new Diagnostics()));
    assertTrue(otherFlavour.first().message().contains("the machine flavour uses postgresql"),
        otherFlavour.first().message());
    assertThrows(GenException.class, () -> plan(CharmhubKitchen.withHints(base, "pg", Map.of("charm", 42)),
        CHARMHUB, new Diagnostics()));
    GenException channel = assertThrows(GenException.class, () -> plan(
        CharmhubKitchen.withHints(base, "pg", Map.of("channel", "14/stable; rm -rf /")), CHARMHUB,
        new Diagnostics()));
    assertEquals("services.pg.x-juju.channel", channel.first().keyPath());
  }

  @Test
  void aChannelWithoutCharmhubIsIgnoredWithAWarning() {
    Diagnostics d = new Diagnostics();
    plan(CharmhubKitchen.withHints(CharmhubKitchen.project(), "app", Map.of("channel", "1/stable")),
        CharmOptions.defaults(), d);
    assertTrue(d.all().stream().anyMatch(x -> x.keyPath().equals("services.app.x-juju.channel")));
  }

  @Test
  void theMachineFlavourUsesMachineCharmsWhereCharmhubHasThem() {
    Diagnostics d = new Diagnostics();
    CharmPlans plans = plan(CharmhubKitchen.project(), CHARMHUB.withFlavour(CharmFlavour.MACHINE), d);
    assertEquals(Set.of("pg", "mongo", "rabbit", "kafka"), charmhubServices(plans));
    CharmhubApp pg = plans.charmhubApp("pg").orElseThrow();
    assertEquals("postgresql", pg.charm());
    assertEquals("ubuntu@22.04", pg.base());
    assertTrue(d.all().stream().anyMatch(x -> x.keyPath().equals("services.memcached.image")));
  }

  @Test
  void aProxyOfNothingIsNotAnIngress() {
    Project project = CharmhubKitchen.project();
    Project lonely = new Project(project.name(), project.source(), project.services().stream()
        .map(s -> s.name().equals("proxy") ? s.toBuilder().dependencies(List.of()).build() : s).toList(),
        List.of(), List.of(), List.of(), List.of(), null, null);
    CharmPlans plans = plan(lonely, CHARMHUB, new Diagnostics());
    assertTrue(plans.forService("proxy").isPresent());
  }
}
