package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Build;
import dev.gen.model.ConfigDefinition;
import dev.gen.model.ContainerOptions;
import dev.gen.model.Dependency;
import dev.gen.model.Dependency.Condition;
import dev.gen.model.Dependency.Via;
import dev.gen.model.Deployment;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.Mount.Type;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.SecretDefinition;
import dev.gen.model.SecretDefinition.Kind;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.Volume;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference loader's output for {@code model/kitchen-sink/compose.yaml}, a project that uses every Compose key
 * (see {@code model/README.md} in the test resources): each rule of the mapping, checked on the model, and one warning per key not carried.
 */
class KitchenSinkTest {

  private static Project project;
  private static List<Diagnostic> diagnostics;

  @BeforeAll
  static void map() {
    Diagnostics collected = new Diagnostics();
    project = NormalizedProjects.map(
        NormalizedProjects.read(NormalizedProjects.resource("kitchen-sink.json"), "compose.yaml"), collected);
    diagnostics = collected.all();
  }

  private static Service service(String name) {
    return project.service(name).orElseThrow();
  }

  @Test
  void satisfiesTheInvariants() {
    ModelInvariants.check(project, diagnostics, "kitchen-sink");
    assertEquals(List.of("cache", "db", "remote", "sidecar", "web"),
        project.services().stream().map(Service::name).toList());
  }

  @Test
  void reportsEachKeyNotCarriedOnceWithItsKeyPath() {
    String reported = diagnostics.stream()
        .map(d -> d.severity().label() + " " + d.code() + " " + d.keyPath())
        .collect(Collectors.joining("\n", "", "\n"));
    assertEquals(EXPECTED_DIAGNOSTICS, reported);
    for (Diagnostic d : diagnostics) {
      String key = d.keyPath().substring(d.keyPath().lastIndexOf('.') + 1);
      assertTrue(d.message().startsWith(key + " is not carried over: ") || d.message().contains(key),
          d.format());
    }
  }

  @Test
  void pathsBecomeRelativeToTheProjectDirectory() {
    Build build = service("web").build();
    assertEquals("app", build.context());
    assertEquals("Dockerfile", build.dockerfile());
    assertEquals(List.of(
            new Mount(Type.BIND, "data", "/data", true, null, build.location()),
            new Mount(Type.VOLUME, "named", "/var/lib/x", false, null, build.location()),
            new Mount(Type.BIND, "/abs/path", "/abs", false, null, build.location()),
            new Mount(Type.VOLUME, null, "/anon", false, null, build.location()),
            new Mount(Type.TMPFS, null, "/cache", false, 1_000_000L, build.location()),
            new Mount(Type.VOLUME, "named", "/sub", false, null, build.location()),
            new Mount(Type.BIND, NormalizedProjects.ROOT + "/outside", "/outside", false, null, build.location()),
            new Mount(Type.TMPFS, null, "/run", false, 64L << 20, build.location()),
            new Mount(Type.TMPFS, null, "/tmp", false, null, build.location())),
        service("web").mounts());
    assertEquals(new SecretDefinition("pw", Kind.FILE, "secrets/pw.txt", build.location()),
        project.secret("pw").orElseThrow());
    assertEquals(new ConfigDefinition("app_conf", Kind.FILE, "app.conf", null, build.location()),
        project.config("app_conf").orElseThrow());
  }

  @Test
  void remoteGitContextsStayAsWritten() {
    Build build = service("remote").build();
    assertEquals("https://github.com/example/remote.git#v1.2:docker", build.context());
    assertEquals("https://github.com/example/remote.git", build.gitRepository());
    assertEquals("v1.2", build.gitRef());
    assertTrue(build.isRemote());
  }

  @Test
  void environmentIsSortedClassifiedAndSearchedForServices() {
    List<EnvVar> env = service("web").environment();
    assertEquals(List.of("API_TOKEN", "BROKERS", "CACHE", "DATABASE_URL", "FROM_FILE", "MODE", "PG_HOST",
        "TOKEN_FILE", "UNSET"), env.stream().map(EnvVar::name).toList());
    EnvVar url = service("web").env("DATABASE_URL").orElseThrow();
    assertEquals("url-credentials", url.secretReason());
    // the link alias "database" names db; the password contains an @
    assertEquals(List.of(new ServiceReference("db", ServiceReference.Kind.URL, 21, 29, 5432, 30, 34)),
        url.references());
    assertEquals("database", url.value().substring(21, 29));
    assertEquals("name", service("web").env("API_TOKEN").orElseThrow().secretReason());
    EnvVar tokenFile = service("web").env("TOKEN_FILE").orElseThrow();
    assertFalse(tokenFile.secret(), "a *_FILE path is not secret");
    assertNull(service("web").env("UNSET").orElseThrow().value());
    assertEquals("db", service("web").env("PG_HOST").orElseThrow().references().get(0).service(),
        "a network alias");
    assertEquals(List.of(), service("web").env("MODE").orElseThrow().references(), "MODE=cache is no host");
    assertEquals(List.of("db", "cache"), service("web").env("BROKERS").orElseThrow().references().stream()
        .map(ServiceReference::service).toList());
  }

  @Test
  void dependenciesMergeEveryWayTheyAreExpressed() {
    Service web = service("web");
    Dependency cache = web.dependencies().get(0);
    assertEquals("cache", cache.service());
    assertEquals(List.of(Via.DEPENDS_ON, Via.LINKS, Via.ENVIRONMENT, Via.VOLUMES_FROM), cache.via());
    assertFalse(cache.required());
    Dependency db = web.dependencies().get(1);
    assertEquals(List.of(Via.DEPENDS_ON, Via.LINKS, Via.ENVIRONMENT), db.via());
    assertEquals(Condition.SERVICE_HEALTHY, db.condition());
    assertTrue(db.restart());
    assertEquals("database", db.alias());
    // the loader's own depends_on entry for network_mode is not reported as depends_on ...
    assertEquals(List.of(Via.NETWORK_MODE), service("cache").dependencies().get(0).via());
    // ... but the one for ipc (which the model does not carry) is all that is left of that dependency
    assertEquals(List.of(Via.DEPENDS_ON), service("sidecar").dependencies().get(0).via());
    assertEquals(List.of(), service("db").dependencies());
  }

  @Test
  void portsAndExposedPorts() {
    List<PortMapping> ports = service("web").ports();
    assertEquals(4, ports.size(), "the loader expanded the range");
    PortMapping tls = ports.get(3);
    assertEquals(443, tls.target());
    assertEquals("8443", tls.published());
    assertEquals("::1", tls.hostIp());
    assertEquals("host", tls.mode());
    assertEquals("https", tls.appProtocol());
    assertEquals("tls", tls.name());
    assertEquals("udp", ports.get(1).protocol());
    assertEquals(List.of("8000/udp", "8001/udp", "8002/udp", "9000/tcp"),
        service("web").expose().stream().map(p -> p.port() + "/" + p.protocol()).toList());
    assertTrue(service("web").expose().stream().map(ExposedPort::location).allMatch(l -> l.isKnown()));
  }

  @Test
  void healthchecks() {
    Healthcheck web = service("web").healthcheck();
    assertEquals(List.of("CMD-SHELL", "curl -f http://localhost"), web.test());
    assertEquals(Duration.ofSeconds(90), web.interval());
    assertEquals(Duration.ofMillis(500), web.timeout());
    assertEquals(Duration.ofSeconds(40), web.startPeriod());
    assertEquals(Duration.ofSeconds(5), web.startInterval());
    assertEquals(3, web.retries());
    assertFalse(web.disabled());
    assertTrue(service("sidecar").healthcheck().disabled());
    assertNull(service("db").healthcheck());
  }

  @Test
  void deploymentResourcesAndRestart() {
    Deployment web = service("web").deployment();
    assertEquals(3, web.replicas());
    assertEquals(new Resources(0.5, 1L << 30, 100L, 0.25, 512L << 20), web.resources());
    assertEquals(List.of("node.role == manager"), web.placementConstraints());
    assertEquals(List.of("node.labels.zone"), web.placementPreferences());
    assertEquals(Map.of("com.example", "x"), web.labels());
    RestartPolicy restart = service("web").restart();
    assertEquals(RestartPolicy.Condition.ON_FAILURE, restart.condition(), "restart_policy wins over restart");
    assertEquals(3, restart.maxAttempts());
    assertEquals(Duration.ofSeconds(5), restart.delay());
    assertEquals(Duration.ofMinutes(2), restart.window());
    assertEquals(2, service("cache").deployment().replicas(), "from scale");
    assertEquals(RestartPolicy.Condition.ON_FAILURE, service("cache").restart().condition());
    assertEquals(3, service("cache").restart().maxAttempts(), "on-failure:3");
    assertEquals(RestartPolicy.Condition.NO, service("db").restart().condition());
    assertEquals(1, service("db").deployment().replicas());
  }

  @Test
  void containerOptions() {
    ContainerOptions o = service("web").options();
    assertTrue(o.privileged());
    assertTrue(o.readOnlyRootFilesystem());
    assertTrue(o.tty());
    assertTrue(o.stdinOpen());
    assertEquals(Boolean.TRUE, o.init());
    assertEquals(List.of("NET_ADMIN"), o.capAdd());
    assertEquals(List.of("ALL"), o.capDrop());
    assertEquals(Map.of("otherhost", List.of("50.31.209.229"), "somehost", List.of("162.242.195.82")),
        o.extraHosts());
    assertEquals(Map.of("nofile", "20000:40000", "nproc", "65535"), o.ulimits());
    assertEquals(List.of("/dev/fuse:/dev/fuse:rwm", "/dev/null:/dev/null:rwm"), o.devices());
    assertEquals(64L << 20, o.shmSizeBytes());
    assertEquals(Duration.ofSeconds(90), o.stopGracePeriod());
    assertEquals("SIGTERM", o.stopSignal());
    assertEquals(Map.of("net.core.somaxconn", "1024"), o.sysctls());
    assertEquals("kitchen-db", service("db").options().containerName());
    assertEquals("dbhost", service("db").options().hostname());
  }

  @Test
  void secretsConfigsAndNetworksOfAService() {
    Service web = service("web");
    assertEquals(List.of("pw:/run/secrets/pw", "env_secret:/run/secrets/other"),
        web.secrets().stream().map(r -> r.name() + ":" + r.target()).toList());
    ResourceRef inline = web.configs().get(1);
    assertEquals(288, inline.mode(), "0440");
    assertEquals("1", inline.uid());
    assertNull(web.configs().get(0).target(), "a config's default target is left to the target");
    assertEquals(List.of("back", "front"), web.networks().stream().map(n -> n.network()).toList());
    assertEquals(List.of("www"), web.networks().get(0).aliases());
    assertEquals("172.28.0.10", service("db").networks().get(0).ipv4Address());
    assertEquals("service:db", service("cache").networkMode());
    assertEquals(List.of("web"), web.profiles());
  }

  @Test
  void topLevelResources() {
    assertEquals(List.of("named"), project.volumes().stream().map(Volume::name).toList());
    Volume named = project.volume("named").orElseThrow();
    assertEquals("local", named.driver());
    assertEquals(Map.of("type", "nfs", "o", "addr=1.2.3.4"), named.driverOptions());
    assertEquals(List.of("back", "default", "front"), project.networks().stream().map(n -> n.name()).toList());
    assertTrue(project.networks().get(0).internal());
    assertEquals(Kind.ENVIRONMENT, project.secret("env_secret").orElseThrow().kind());
    assertEquals("SOME_SECRET", project.secret("env_secret").orElseThrow().reference());
    assertEquals("key=value\n", project.config("inline_conf").orElseThrow().content());
    assertTrue(project.hints().isEmpty(), "no target reads a project-wide hint yet");
  }

  @Test
  void branding() {
    assertEquals("Web app", service("web").branding().title());
    assertEquals("A web app.", service("web").branding().summary());
    assertEquals("Side car", service("sidecar").branding().title());
    assertEquals("Keeps the database company while it works; it has nothing else to do all...",
        service("sidecar").branding().summary());
    assertEquals("https://example.com/sidecar.git", service("sidecar").branding().source());
    assertEquals("redis", service("cache").branding().title());
  }

  private static final String EXPECTED_DIAGNOSTICS = """
      warning model.unmapped-key networks.back.ipam
      warning model.unmapped-key networks.front.attachable
      warning model.unmapped-key networks.front.driver_opts
      warning model.unmapped-key networks.front.enable_ipv6
      warning model.unmapped-key networks.front.labels
      warning model.unmapped-key services.cache.gpus
      warning model.unmapped-key services.sidecar.ipc
      warning model.unmapped-key services.web.annotations
      warning model.unmapped-key services.web.attach
      warning model.unmapped-key services.web.blkio_config
      warning model.unmapped-key services.web.build.additional_contexts
      warning model.unmapped-key services.web.build.cache_from
      warning model.unmapped-key services.web.build.extra_hosts
      warning model.unmapped-key services.web.build.labels
      warning model.unmapped-key services.web.build.network
      warning model.unmapped-key services.web.build.no_cache
      warning model.unmapped-key services.web.build.platforms
      warning model.unmapped-key services.web.build.pull
      warning model.unmapped-key services.web.build.secrets
      warning model.unmapped-key services.web.build.shm_size
      warning model.unmapped-key services.web.build.ssh
      warning model.unmapped-key services.web.build.tags
      warning model.unmapped-key services.web.cgroup
      warning model.unmapped-key services.web.cgroup_parent
      warning model.unmapped-key services.web.cpu_count
      warning model.unmapped-key services.web.cpu_percent
      warning model.unmapped-key services.web.cpu_period
      warning model.unmapped-key services.web.cpu_quota
      warning model.unmapped-key services.web.cpu_rt_period
      warning model.unmapped-key services.web.cpu_rt_runtime
      warning model.unmapped-key services.web.cpu_shares
      warning model.unmapped-key services.web.cpuset
      warning model.unmapped-key services.web.deploy.endpoint_mode
      warning model.unmapped-key services.web.deploy.placement.max_replicas_per_node
      warning model.unmapped-key services.web.deploy.resources.reservations.devices
      warning model.unmapped-key services.web.deploy.rollback_config
      warning model.unmapped-key services.web.deploy.update_config
      warning model.unmapped-key services.web.develop
      warning model.unmapped-key services.web.device_cgroup_rules
      warning model.unmapped-key services.web.dns_opt
      warning model.unmapped-key services.web.dns_search
      warning model.unmapped-key services.web.domainname
      warning model.unmapped-key services.web.external_links
      warning model.unmapped-key services.web.ipc
      warning model.unmapped-key services.web.isolation
      warning model.unmapped-key services.web.logging
      warning model.unmapped-key services.web.mac_address
      warning model.unmapped-key services.web.mem_swappiness
      warning model.unmapped-key services.web.memswap_limit
      warning model.unmapped-key services.web.networks.back.priority
      warning model.unmapped-key services.web.oom_kill_disable
      warning model.unmapped-key services.web.oom_score_adj
      warning model.unmapped-key services.web.pid
      warning model.unmapped-key services.web.post_start
      warning model.unmapped-key services.web.pre_stop
      warning model.unmapped-key services.web.restart
      warning model.unmapped-key services.web.runtime
      warning model.unmapped-key services.web.storage_opt
      warning model.unmapped-key services.web.userns_mode
      warning model.unmapped-key services.web.uts
      warning model.unmapped-key services.web.volumes[4].tmpfs.mode
      warning model.unmapped-key services.web.volumes[5].volume.nocopy
      warning model.unmapped-key services.web.volumes[5].volume.subpath
      warning model.unmapped-key services.web.volumes[6].bind.propagation
      warning model.unmapped-key services.web.volumes[6].bind.selinux
      warning model.unmapped-key services.web.volumes[6].consistency
      notice model.extension-ignored x-common
      """;
}
