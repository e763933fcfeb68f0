package dev.gen.target.charm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.model.ContainerOptions;
import dev.gen.model.Dependency;
import dev.gen.model.Deployment;
import dev.gen.model.EnvVar;
import dev.gen.model.Mount;
import dev.gen.model.NetworkAttachment;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import dev.gen.testing.ExampleProjects;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CharmPlannerTest {

  private static Project project(Service... services) {
    return new Project("p", SourceKind.COMPOSE, List.of(services), List.of(), List.of(), List.of(), List.of(), null,
        null);
  }

  private static CharmPlans plan(Project p) {
    return CharmPlanner.plan(p, CharmOptions.defaults(), new Diagnostics());
  }

  @Test
  void relationsNameBothSidesAfterTheProvider() {
    CharmPlans plans = plan(ExampleProjects.shop());
    RelationPlan r = plans.relation("api", "db").orElseThrow();
    assertEquals(new RelationPlan("api", "db", "db", "db", "db-address", false), r);
    assertEquals("api", plans.relation("frontend", "api").orElseThrow().providerEndpoint());
    assertEquals(3, plans.relations().size());
    CharmPlan api = plans.plan("api");
    assertEquals(List.of("api"), api.provides().stream().map(Endpoint::name).toList());
    assertEquals(List.of("cache", "db"), api.requires().stream().map(Endpoint::name).toList());
    assertEquals(List.of("peers"), api.peers().stream().map(Endpoint::name).toList());
    assertEquals(2, api.scale());
    assertEquals(List.of("mem=512M"), api.constraints());
    // the consumer rebuilds its URL from the relation
    RelationEnv url = api.relationEnv().stream().filter(e -> e.envVar().equals("DATABASE_URL")).findFirst()
        .orElseThrow();
    assertEquals(List.of(ValuePart.text("postgres://shop@"), new ValuePart(ValuePart.Kind.HOST, "db", "db"),
        ValuePart.text(":"), new ValuePart(ValuePart.Kind.PORT, "5432", "db"),
        ValuePart.text("/shop?sslmode=disable")), url.parts());
  }

  @Test
  void secretsBecomeSecretOptionsWithoutDefaults() {
    CharmPlan api = plan(ExampleProjects.shop()).plan("api");
    ConfigOption password = api.option("db-password").orElseThrow();
    assertEquals(OptionType.SECRET, password.type());
    assertEquals(null, password.defaultValue());
    assertTrue(password.required());
    ConfigOption key = api.option("api-key").orElseThrow();
    assertEquals(ConfigOption.Source.SECRET_FILE, key.source());
    assertEquals("/run/secrets/api_key", api.secretFiles().get(0).path());
    assertEquals(0444, api.secretFiles().get(0).mode());
    // references are not options
    assertTrue(api.optionForEnv("DATABASE_URL").isEmpty());
  }

  @Test
  void nullValuesAreOptionalStringOptionsWithoutDefault() {
    Service s = Service.builder("web").image("nginx")
        .addEnvironment(EnvVar.plain("FROM_HOST", null, null)).build();
    ConfigOption o = plan(project(s)).plan("web").option("from-host").orElseThrow();
    assertEquals(OptionType.STRING, o.type());
    assertEquals(null, o.defaultValue());
    assertEquals(false, o.required());
  }

  @Test
  void optionNamesAreMadeUnique() {
    Service s = Service.builder("web").image("nginx")
        .addEnvironment(EnvVar.plain("FOO_BAR", "1", null))
        .addEnvironment(EnvVar.plain("foo-bar", "2", null))
        .addEnvironment(EnvVar.plain("Foo.Bar", "3", null))
        .build();
    List<String> names = plan(project(s)).plan("web").options().stream()
        .map(o -> o.name() + "=" + o.envVar()).toList();
    assertEquals(List.of("foo-bar=FOO_BAR", "foo-bar-2=Foo.Bar", "foo-bar-3=foo-bar"), names);
  }

  @Test
  void servicesThatMapToTheSameCharmAreAnErrorNamingBoth() {
    Service a = Service.builder("my_db").image("x").location(new SourceLocation("compose.yaml", 3, 3)).build();
    Service b = Service.builder("my-db").image("x").location(new SourceLocation("compose.yaml", 9, 3)).build();
    GenException e = assertThrows(GenException.class, () -> plan(project(b, a)));
    Diagnostic d = e.first();
    assertEquals("charm.name-collision", d.code());
    assertTrue(d.message().contains("my-db") && d.message().contains("my_db"), d.message());
    assertTrue(d.message().contains("my-db-k8s"), d.message());
  }

  @Test
  void reservedNamesGetAPrefix() {
    Service juju = Service.builder("juju").image("x").build();
    Service web = Service.builder("web").image("x")
        .addDependency(new Dependency("juju", List.of(Dependency.Via.DEPENDS_ON), null, true, false, null, null))
        .build();
    CharmPlans plans = plan(project(juju, web));
    assertEquals("app-juju", plans.relation("web", "juju").orElseThrow().consumerEndpoint());
    assertEquals("app-juju", plans.relation("web", "juju").orElseThrow().providerEndpoint());
    assertEquals("app-juju-address", plans.relation("web", "juju").orElseThrow().interfaceName());
  }

  @Test
  void optionalDependenciesAreOptionalEndpoints() {
    Service db = Service.builder("db").image("postgres").build();
    Service web = Service.builder("web").image("x")
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON), null, false, false, null, null))
        .build();
    Endpoint e = plan(project(db, web)).plan("web").requires().get(0);
    assertTrue(e.optional());
    assertEquals(1, e.limit());
  }

  @Test
  void selectedServicesKeepTheirOrderAndUnknownOnesAreUsageErrors() {
    CharmOptions options = CharmOptions.defaults().withServices(List.of("db", "api"));
    CharmPlans plans = CharmPlanner.plan(ExampleProjects.shop(), options, new Diagnostics());
    assertEquals(List.of("db", "api"), plans.selected().stream().map(CharmPlan::service).toList());
    assertEquals(4, plans.all().size());
    GenException e = assertThrows(GenException.class, () -> CharmPlanner.plan(ExampleProjects.shop(),
        CharmOptions.defaults().withServices(List.of("nope")), new Diagnostics()));
    assertEquals(GenException.EXIT_USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("api, cache, db, frontend"), e.getMessage());
  }

  @Test
  void unsupportedBaseIsAUsageError() {
    GenException e = assertThrows(GenException.class,
        () -> new CharmOptions(CharmFlavour.K8S, "ubuntu@20.04", List.of()));
    assertEquals(GenException.EXIT_USAGE, e.exitCode());
  }

  @Test
  void secretReferencesAreReported() {
    Service db = Service.builder("db").image("postgres").build();
    Service web = Service.builder("web").image("x")
        .addEnvironment(new EnvVar("DB_URL", "postgres://u:p@db/x", true, "url-credentials",
            List.of(new ServiceReference("db", ServiceReference.Kind.URL, 15, 17, null, -1, -1)), null))
        .addDependency(new Dependency("db", List.of(Dependency.Via.ENVIRONMENT), null, true, false, null, null))
        .build();
    Diagnostics d = new Diagnostics();
    CharmPlan p = CharmPlanner.plan(project(db, web), CharmOptions.defaults(), d).plan("web");
    assertEquals(OptionType.SECRET, p.option("db-url").orElseThrow().type());
    assertTrue(d.all().stream().anyMatch(x -> x.code().equals("charm.secret-reference")), d.all().toString());
  }

  /** A service with one of everything a charm may not express. */
  static Service kitchenSink() {
    SourceLocation at = new SourceLocation("compose.yaml", 5, 3);
    return Service.builder("web").image("nginx")
        .addPort(new PortMapping(80, "8080", "127.0.0.1", "tcp", "host", null, null, at))
        .addPort(new PortMapping(5000, null, null, "sctp", "ingress", null, null, at))
        .addMount(new Mount(Mount.Type.BIND, "./site", "/usr/share/nginx/html", true, null, at))
        .addMount(new Mount(Mount.Type.TMPFS, null, "/tmp", false, 1024L, at))
        .labels(Map.of("com.example.team", "web", "org.opencontainers.image.title", "Web"))
        .deployment(new Deployment(1, "global", new Resources(0.5, null, 100L, 0.25, null),
            List.of("node.role == manager"), List.of("spread=node.labels.zone"), Map.of("a", "b"), at))
        .restart(new RestartPolicy(RestartPolicy.Condition.ON_FAILURE, 3, Duration.ofSeconds(5),
            Duration.ofSeconds(60), at))
        .configs(List.of(new ResourceRef("nginx_conf", "/etc/nginx/nginx.conf", null, null, null, at)))
        .networks(List.of(new NetworkAttachment("front", List.of("www"), null, null, at)))
        .networkMode("bridge")
        .options(new ContainerOptions(true, List.of("NET_ADMIN"), List.of("ALL"), true, true, "web1",
            Map.of("db.local", List.of("10.0.0.5")), "SIGQUIT", Duration.ofSeconds(20), true, true, "always",
            "linux/arm64", "web-1", 67108864L, Map.of("net.core.somaxconn", "1024"), Map.of("nofile", "1024"),
            List.of("/dev/fuse"), List.of("8.8.8.8"), List.of("no-new-privileges"), List.of("audio")))
        .location(at)
        .build();
  }

  @Test
  void everythingTheCharmCannotExpressIsReportedWithItsKeyPath() {
    Service s = kitchenSink();
    Diagnostics d = new Diagnostics();
    CharmPlan plan = CharmPlanner.plan(project(s), CharmOptions.defaults(), d).plan("web");
    Set<String> paths = d.all().stream().filter(x -> x.code().equals("charm.unmapped"))
        .map(Diagnostic::keyPath).collect(Collectors.toSet());
    for (String expected : List.of(
        "services.web.ports[0].host_ip", "services.web.ports[0].mode", "services.web.ports[1]",
        "services.web.volumes[0]", "services.web.volumes[1]", "services.web.labels.com.example.team",
        "services.web.deploy.mode", "services.web.deploy.resources.limits.cpus",
        "services.web.deploy.resources.limits.pids", "services.web.deploy.resources.reservations",
        "services.web.deploy.placement.constraints[0]", "services.web.deploy.placement.preferences[0]",
        "services.web.deploy.labels.a", "services.web.restart", "services.web.deploy.restart_policy.window",
        "services.web.configs[0]", "services.web.networks.front", "services.web.network_mode",
        "services.web.privileged", "services.web.cap_add[0]", "services.web.cap_drop[0]",
        "services.web.read_only", "services.web.init", "services.web.hostname",
        "services.web.extra_hosts.db.local", "services.web.stop_signal", "services.web.tty",
        "services.web.stdin_open", "services.web.pull_policy", "services.web.platform",
        "services.web.container_name", "services.web.shm_size", "services.web.sysctls.net.core.somaxconn",
        "services.web.ulimits.nofile", "services.web.devices[0]", "services.web.dns[0]",
        "services.web.security_opt[0]", "services.web.group_add[0]")) {
      assertTrue(paths.contains(expected), "no warning for " + expected + " in " + paths);
    }
    assertTrue(d.all().stream().allMatch(x -> x.location().isKnown()), d.all().toString());
    // what is carried: the stop grace period, the restart delay, the published tcp port
    assertEquals(Duration.ofSeconds(20), plan.restart().killDelay());
    assertEquals(Duration.ofSeconds(5), plan.restart().backoffDelay());
    assertEquals("ignore", plan.restart().onSuccess());
    assertEquals(List.of(new PortPlan(80, "tcp", "8080", "127.0.0.1")), plan.ports(), "a machine charm binds it");
  }

  /**
   * A machine charm runs the container with the runtime's own options: engine settings, limits, labels and the host
   * network are carried; what the runtimes lack is reported, and nothing about Pebble.
   */
  @Test
  void aMachineCharmCarriesTheRuntimesOptionsAndReportsTheRest() {
    Diagnostics d = new Diagnostics();
    CharmPlanner.plan(project(kitchenSink()), CharmOptions.defaults().withFlavour(CharmFlavour.MACHINE), d);
    Set<String> paths = d.all().stream().filter(x -> x.code().equals("charm.unmapped"))
        .map(Diagnostic::keyPath).collect(Collectors.toSet());
    assertEquals(new java.util.TreeSet<>(List.of(
        "services.web.configs[0]", "services.web.container_name", "services.web.deploy.labels.a",
        "services.web.deploy.mode", "services.web.deploy.placement.constraints[0]",
        "services.web.deploy.placement.preferences[0]", "services.web.deploy.resources.reservations.cpus",
        "services.web.deploy.restart_policy.delay", "services.web.deploy.restart_policy.window",
        "services.web.network_mode", "services.web.networks.front", "services.web.ports[0].mode",
        "services.web.ports[1]", "services.web.volumes[0]")), new java.util.TreeSet<>(paths));
    assertTrue(d.all().stream().noneMatch(x -> x.message().contains("Pebble")), d.all().toString());
  }

  @Test
  void commandsFromTheServiceAndFromWellKnownImages() {
    Service own = Service.builder("a").image("whatever").entrypoint(List.of("/bin/app"))
        .command(List.of("--flag")).build();
    Service redis = Service.builder("b").image("docker.io/library/redis:7-alpine")
        .command(List.of("redis-server", "--appendonly", "yes")).build();
    Service nginx = Service.builder("c").image("nginx@sha256:abc").build();
    Service unknown = Service.builder("d").image("example/thing").build();
    Service cleared = Service.builder("e").image("nginx").entrypoint(List.of()).command(List.of("sh")).build();
    Diagnostics d = new Diagnostics();
    CharmPlans plans = CharmPlanner.plan(project(own, redis, nginx, unknown, cleared), CharmOptions.defaults(), d);
    assertEquals(List.of("/bin/app", "--flag"), plans.plan("a").command().argv());
    assertEquals(List.of("docker-entrypoint.sh", "redis-server", "--appendonly", "yes"),
        plans.plan("b").command().argv());
    assertEquals(List.of("/docker-entrypoint.sh", "nginx", "-g", "daemon off;"), plans.plan("c").command().argv());
    assertEquals(CommandPlan.Source.UNKNOWN, plans.plan("d").command().source());
    assertEquals(List.of("sh"), plans.plan("e").command().argv());
    assertEquals(1, d.all().stream().filter(x -> x.code().equals("charm.unknown-command")).count());
  }
}
