package dev.gen.target.charm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.machine.FakeUnit.Run;
import dev.gen.target.charm.machine.MachineCharmView.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated hooks and actions, run against fake Juju hook tools and a fake runtime that record every call: the
 * exact runtime invocations for each hook, and what the unit reports.
 */
class MachineHooksTest {

  private static final MachineHooksRenderer RENDERER = new MachineHooksRenderer(TemplateEngine.builtIn());

  static final String INSPECT = "--format={{.State.Status}}|{{.State.ExitCode}}"
      + "|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels \"dev.gen.config-hash\"}}";
  static final String API_IMAGE = "example/shop-api:2.3.0";

  @TempDir
  Path dir;

  // ---- helpers

  static List<String> args(String... words) {
    return List.of(words);
  }

  static List<String> imageInspect(String image) {
    return args("image", "inspect", "--format={{.Id}}", "--", image);
  }

  static List<String> inspect(String name) {
    return args("container", "inspect", INSPECT, "--", name);
  }

  /** The api unit, with everything it needs: image, options, secrets and both relations it requires. */
  FakeUnit api() throws Exception {
    return FakeUnit.create(dir, RENDERER.render(ShopViews.api()))
        .runtimeInstalled("docker")
        .image("docker", API_IMAGE, "sha256:api1")
        .config("log-level", "info")
        .config("page-size", "50")
        .config("db-password", "secret:dbpw")
        .secret("secret:dbpw", "value", "s3cret")
        .config("api-key", "secret:apikey")
        .secret("secret:apikey", "value", "the key\n")
        .relation("db", "db:1", "db/0",
            Map.of("host", "10.0.0.5", "port", "32770", "ports", "32770/tcp", "port-map", "5432:32770/tcp"))
        .relation("cache", "cache:2", "cache/0", Map.of("host", "10.0.0.6", "port", "6379", "ports", "6379/tcp"));
  }

  /** The frontend unit: compose builds it from ./frontend, which the repository option says where to fetch. */
  FakeUnit frontend() throws Exception {
    return FakeUnit.create(dir, RENDERER.render(ShopViews.frontend()))
        .runtimeInstalled("docker")
        .config("repository", "https://example.com/shop.git")
        .config("git-ref", "")
        .config("public-title", "The Shop")
        .relation("api", "api:3", "api/0",
            Map.of("host", "10.0.0.7", "port", "32768", "ports", "32768/tcp", "port-map", "8080:32768/tcp"));
  }

  /** The create call of a run, without its hash label (which it checks the form of). */
  static List<String> createWithoutHash(Run run, String runtime) {
    List<List<String>> creates = run.argsOf(runtime).stream().filter(a -> a.get(0).equals("create")).toList();
    assertEquals(1, creates.size(), run::toString);
    List<String> create = new ArrayList<>(creates.get(0));
    assertTrue(create.get(2).matches("--label=dev\\.gen\\.config-hash=[0-9a-f]{64}"), create.get(2));
    create.remove(2);
    return create;
  }

  static void ok(Run run) {
    assertEquals(0, run.exitCode(), run::toString);
  }

  // ---- install

  @Test
  void installUsesTheRuntimeItFindsAndPullsTheImage() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).runtimeInstalled("docker");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(List.of(), run.argsOf("apt-get"), "an installed runtime is not installed again");
    assertTrue(run.argsOf("juju-log").stream().anyMatch(a -> a.get(3).startsWith("using the docker found at ")));
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        args("pull", "--quiet", "--", API_IMAGE),
        imageInspect(API_IMAGE),
        inspect("web-0")), run.argsOf("docker"));
    assertEquals(List.of("waiting", "the container is not created yet"), unit.status());
  }

  @Test
  void installInstallsDockerFromTheArchiveWhenItIsMissing() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).image("docker", API_IMAGE, "sha256:a");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(List.of(
        args("-q", "update"),
        args("-q", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", "install", "docker.io")),
        run.argsOf("apt-get"));
    assertEquals(List.of(), run.argsOf("systemctl"));
    assertEquals(List.of(imageInspect(API_IMAGE), inspect("web-0")), run.argsOf("docker"));
    assertEquals(List.of("maintenance", "installing docker.io"), run.argsOf("status-set").get(0).subList(1, 3));
  }

  @Test
  void installInstallsPodmanWhenTheOptionSaysSo() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).config("container-runtime", "podman");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(List.of(
        args("-q", "update"),
        args("-q", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", "install", "podman")),
        run.argsOf("apt-get"));
    assertEquals(List.of(args("enable", "podman-restart.service")), run.argsOf("systemctl"));
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        args("pull", "--quiet", "--", API_IMAGE),
        imageInspect(API_IMAGE),
        inspect("web-0")), run.argsOf("podman"));
    assertEquals(List.of(), run.argsOf("docker"));
  }

  @Test
  void aFailedAptGetFailsTheHookSoThatJujuRetriesIt() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).knob("apt-fails", "");
    Run run = unit.hook("install");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(List.of("blocked", "apt-get update failed"), unit.status());
  }

  @Test
  void aFailedPullFailsTheHook() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).runtimeInstalled("docker")
        .knob("pull-fails", "");
    Run run = unit.hook("install");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(List.of("blocked", "cannot pull image " + API_IMAGE), unit.status());
  }

  @Test
  void anUnknownRuntimeBlocksAndRunsNothing() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api())).runtimeInstalled("docker")
        .config("container-runtime", "docker; rm -rf /");
    for (String hook : List.of("install", "config-changed", "update-status")) {
      Run run = unit.hook(hook);
      ok(run);
      assertEquals(List.of("blocked", "option container-runtime must be docker or podman, not 'docker; rm -rf /'"),
          unit.status());
      assertEquals(List.of(), run.argsOf("docker"));
      assertEquals(List.of(), run.argsOf("apt-get"));
    }
  }

  @Test
  void theImageOptionOverridesTheImage() throws Exception {
    FakeUnit unit = api().config("image", "example/shop-api:2.4.0");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(args("pull", "--quiet", "--", "example/shop-api:2.4.0"), run.argsOf("docker").get(1));
  }

  // ---- building on the unit

  @Test
  void installOfABuiltServiceFetchesTheRepositoryAndBuilds() throws Exception {
    FakeUnit unit = frontend().config("git-ref", "v1.2");
    Run run = unit.hook("install");
    ok(run);
    String source = unit.unitState.resolve("source").toString();
    assertEquals(List.of(
        args("init", "--quiet", "--", source),
        args("-C", source, "-c", "protocol.ext.allow=never", "fetch", "--quiet", "--depth=1", "--",
            "https://example.com/shop.git", "v1.2"),
        args("-C", source, "-c", "advice.detachedHead=false", "checkout", "--quiet", "--force", "--detach",
            "FETCH_HEAD"),
        args("-C", source, "clean", "--quiet", "-ffdx"),
        args("-C", source, "rev-parse", "HEAD")), run.argsOf("git"));
    assertEquals(List.of(
        imageInspect("localhost/web-0:built"),
        args("build", "--tag=localhost/web-0:built", "--file=" + source + "/frontend/Dockerfile",
            "--build-arg=NODE_VERSION=20", "--", source + "/frontend"),
        imageInspect("localhost/web-0:built"),
        inspect("web-0")), run.argsOf("docker"));
    assertTrue(run.argsOf("status-set").contains(
        args("--", "maintenance", "building frontend from https://example.com/shop.git at 0123456789ab")));
  }

  @Test
  void aBuiltServiceIsBuiltAgainOnlyWhenItsRepositoryOrRefChanges() throws Exception {
    FakeUnit unit = frontend();
    ok(unit.hook("install"));
    Run same = unit.hook("config-changed");
    ok(same);
    assertEquals(List.of(), same.argsOf("git"));
    unit.config("git-ref", "release");
    Run changed = unit.hook("config-changed");
    ok(changed);
    assertEquals("release", changed.argsOf("git").get(0).get(9));
    assertEquals(1, changed.argsOf("docker").stream().filter(a -> a.get(0).equals("build")).count());
  }

  @Test
  void aBuiltServiceWithoutARepositoryAsksForOne() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.frontendWithoutRepository()))
        .runtimeInstalled("docker")
        .config("repository", "");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(List.of("blocked", "set option repository to the git repository to build frontend from"),
        unit.status());
    assertEquals(List.of(), run.argsOf("git"));
  }

  /** A git context with a ref and a sub-directory, an inline Dockerfile, a target stage and build arguments. */
  @Test
  void anInlineDockerfileIsWrittenAndUsed() throws Exception {
    Project project = new Project("p", SourceKind.COMPOSE, List.of(Service.builder("x")
        .build(new dev.gen.model.Build("https://example.com/x.git#v2:app", null, "FROM scratch\nCOPY 'it''s' $(x) /\n",
            "final", Map.of("A", "1 2", "B", "$(b)"), "https://example.com/x.git", "v2", null, null))
        .build()), List.of(), List.of(), List.of(), List.of(), null, null);
    MachineCharmView view = ShopViews.of(project, "x", ShopViews.MACHINE);
    assertEquals("app", view.build().context());
    assertEquals("https://example.com/x.git", view.build().repository(), "the repository option's default");
    assertEquals("v2", view.build().gitRef(), "the git-ref option's default");
    // Juju gives the option its default; the repository falls back on the facts' even when it is empty
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(view)).runtimeInstalled("docker").config("git-ref", "v2");
    Run run = unit.hook("install");
    ok(run);
    assertEquals(args("-C", unit.unitState.resolve("source").toString(), "-c", "protocol.ext.allow=never", "fetch",
        "--quiet", "--depth=1", "--", "https://example.com/x.git", "v2"), run.argsOf("git").get(1));
    Path dockerfile = unit.unitState.resolve("Dockerfile");
    assertEquals("FROM scratch\nCOPY 'it''s' $(x) /\n", Files.readString(dockerfile));
    String source = unit.unitState.resolve("source").toString();
    assertEquals(args("build", "--tag=localhost/web-0:built", "--file=" + dockerfile, "--target=final",
        "--build-arg=A=1 2", "--build-arg=B=$(b)", "--", source + "/app"), run.argsOf("docker").get(1));
  }

  @Test
  void aRealRepositoryIsFetchedAtTheRef(@TempDir Path repo) throws Exception {
    git(repo, "init", "-q", "-b", "main");
    Files.createDirectories(repo.resolve("frontend"));
    Files.writeString(repo.resolve("frontend/Dockerfile"), "FROM scratch\n# one\n");
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
    git(repo, "tag", "v1");
    Files.writeString(repo.resolve("frontend/Dockerfile"), "FROM scratch\n# two\n");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-a", "-m", "two");

    FakeUnit unit = frontend().realGit().config("repository", "file://" + repo).config("git-ref", "v1");
    Run run = unit.hook("install");
    ok(run);
    Path source = unit.unitState.resolve("source");
    assertEquals("FROM scratch\n# one\n", Files.readString(source.resolve("frontend/Dockerfile")));
    assertEquals(args("build", "--tag=localhost/web-0:built", "--file=" + source + "/frontend/Dockerfile",
        "--build-arg=NODE_VERSION=20", "--", source + "/frontend"), run.argsOf("docker").get(1));

    unit.config("git-ref", "");
    ok(unit.hook("config-changed"));
    assertEquals("FROM scratch\n# two\n", Files.readString(source.resolve("frontend/Dockerfile")),
        "an empty ref builds the default branch");
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }

  // ---- config-changed: create, keep, replace

  @Test
  void configChangedCreatesTheContainer() throws Exception {
    FakeUnit unit = api();
    Run run = unit.hook("config-changed");
    ok(run);
    String secretFile = unit.unitState.resolve("secrets/0").toString();
    assertEquals(args("create", "--name=web-0-next",
        "--label=dev.gen.juju-unit=web/0",
        "--env=DATABASE_URL=postgres://shop@10.0.0.5:32770/shop?sslmode=disable",
        "--env=DB_PASSWORD=s3cret",
        "--env=LOG_LEVEL=info",
        "--env=PAGE_SIZE=50",
        "--env=REDIS_ADDR=10.0.0.6:6379",
        "--publish=8080/tcp",
        "--volume=" + secretFile + ":/run/secrets/api_key:ro",
        "--restart=always",
        "--stop-timeout=10",
        "--health-cmd='wget' '-qO-' 'http://localhost:8080/healthz'",
        "--health-interval=15s",
        "--cpus=1.5",
        "--memory=536870912b",
        "--", API_IMAGE), createWithoutHash(run, "docker"));
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        inspect("web-0"),
        inspect("web-0-next"),
        docker.get(3),
        args("start", "--", "web-0-next"),
        inspect("web-0-next"),
        args("rename", "--", "web-0-next", "web-0"),
        args("port", "--", "web-0", "8080/tcp"),
        inspect("web-0")), docker);
    assertEquals("the key\n", Files.readString(unit.unitState.resolve("secrets/0")));
    assertEquals("r--r--r--", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(unit.unitState.resolve("secrets/0"))));
    assertEquals(List.of(args("--", "32768/tcp")), run.argsOf("open-port"));
    assertEquals(List.of(args("--", "2.3.0")), run.argsOf("application-version-set"));
    assertEquals(List.of("active", ""), unit.status());
    assertEquals("running", unit.container("docker", "web-0").get("status"));
  }

  @Test
  void anUnchangedConfigurationLeavesTheContainerAlone() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    Run again = unit.hook("config-changed");
    ok(again);
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        inspect("web-0"),
        args("port", "--", "web-0", "8080/tcp"),
        inspect("web-0")), again.argsOf("docker"));
    assertEquals(List.of(), again.argsOf("open-port"), "the port is open already");
  }

  @Test
  void aStoppedContainerWithTheSameConfigurationIsStartedAgain() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.file("docker/containers/web-0/status", "exited");
    Run start = unit.hook("start");
    ok(start);
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        inspect("web-0"),
        args("start", "--", "web-0"),
        inspect("web-0"),
        args("port", "--", "web-0", "8080/tcp"),
        inspect("web-0")), start.argsOf("docker"));
    assertEquals(List.of("active", ""), unit.status());
  }

  @Test
  void withoutFixedPortsOrSharedVolumesTheNewContainerStartsFirst() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    String oldHash = unit.container("docker", "web-0").get("hash");
    unit.config("log-level", "debug");
    Run run = unit.hook("config-changed");
    ok(run);
    assertTrue(createWithoutHash(run, "docker").contains("--env=LOG_LEVEL=debug"));
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(List.of(
        imageInspect(API_IMAGE),
        inspect("web-0"),
        inspect("web-0-next"),
        docker.get(3),
        args("start", "--", "web-0-next"),
        inspect("web-0-next"),
        args("stop", "--", "web-0"),
        args("rm", "--volumes", "--", "web-0"),
        args("rename", "--", "web-0-next", "web-0"),
        args("port", "--", "web-0", "8080/tcp"),
        inspect("web-0")), docker);
    assertNotEquals(oldHash, unit.container("docker", "web-0").get("hash"));
    assertEquals(List.of("active", ""), unit.status());
  }

  @Test
  void aFixedHostPortStopsTheOldContainerFirst() throws Exception {
    FakeUnit unit = frontend();
    ok(unit.hook("install"));
    ok(unit.hook("config-changed"));
    unit.config("public-title", "The New Shop");
    Run run = unit.hook("config-changed");
    ok(run);
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(List.of(
        imageInspect("localhost/web-0:built"),
        inspect("web-0"),
        inspect("web-0-next"),
        docker.get(3),
        args("stop", "--", "web-0"),
        args("start", "--", "web-0-next"),
        inspect("web-0-next"),
        args("rm", "--volumes", "--", "web-0"),
        args("rename", "--", "web-0-next", "web-0"),
        inspect("web-0")), docker);
    assertTrue(createWithoutHash(run, "docker").contains("--env=PUBLIC_TITLE=The New Shop"));
    assertEquals(List.of("3000/tcp"), unit.openedPorts());
  }

  @Test
  void aNewContainerThatExitsIsDiscardedAndTheOldOneKeepsRunning() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.config("log-level", "debug").knob("start-status", "exited:3");
    Run run = unit.hook("config-changed");
    ok(run);
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(List.of(
        args("start", "--", "web-0-next"),
        inspect("web-0-next"),
        args("logs", "--tail=20", "--", "web-0-next"),
        args("rm", "--force", "--volumes", "--", "web-0-next")), docker.subList(4, 8));
    assertEquals(8, docker.size(), run::toString);
    assertEquals(List.of("blocked", "the new container exited (code 3); the previous container keeps running"),
        unit.status());
    assertEquals("running", unit.container("docker", "web-0").get("status"));
    assertNull(unit.container("docker", "web-0-next"));
  }

  @Test
  void stopFirstStartsTheOldContainerAgainWhenTheNewOneFails() throws Exception {
    FakeUnit unit = frontend();
    ok(unit.hook("install"));
    ok(unit.hook("config-changed"));
    unit.config("public-title", "x").knob("start-status", "exited:1");
    Run run = unit.hook("config-changed");
    ok(run);
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(List.of(
        args("stop", "--", "web-0"),
        args("start", "--", "web-0-next"),
        inspect("web-0-next"),
        args("logs", "--tail=20", "--", "web-0-next"),
        args("rm", "--force", "--volumes", "--", "web-0-next"),
        args("start", "--", "web-0")), docker.subList(4, 10));
    assertEquals(List.of("blocked", "the new container exited (code 1); the previous container runs again"),
        unit.status());
  }

  @Test
  void aContainerThatCannotBeCreatedBlocksWithTheRuntimesWords() throws Exception {
    FakeUnit unit = api().knob("create-fails", "");
    Run run = unit.hook("config-changed");
    ok(run);
    assertEquals(List.of("blocked", "cannot create the container: fake docker: invalid argument"), unit.status());
  }

  @Test
  void theFirstContainerIsKeptEvenWhenItExitsSoThatItsLogsCanBeRead() throws Exception {
    FakeUnit unit = api().knob("start-status", "exited:2");
    Run run = unit.hook("config-changed");
    ok(run);
    assertEquals(List.of("blocked", "the new container exited (code 2)"), unit.status());
    assertEquals("exited", unit.container("docker", "web-0").get("status"));
  }

  @Test
  void portsThatNoLongerArePublishedAreClosed() throws Exception {
    FakeUnit unit = frontend().file("opened-ports", "9999/tcp\n3000/tcp\n");
    ok(unit.hook("install"));
    Run run = unit.hook("config-changed");
    ok(run);
    assertEquals(List.of(args("--", "9999/tcp")), run.argsOf("close-port"));
    assertEquals(List.of(), run.argsOf("open-port"));
  }

  @Test
  void switchingTheRuntimeMovesTheContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.runtimeInstalled("podman").image("podman", API_IMAGE, "sha256:p").config("container-runtime", "podman");
    Run run = unit.hook("config-changed");
    ok(run);
    assertEquals(List.of(inspect("web-0"), args("rm", "--force", "--volumes", "--", "web-0"), inspect("web-0-next")),
        run.argsOf("docker"));
    assertEquals("running", unit.container("podman", "web-0").get("status"));
    assertNull(unit.container("docker", "web-0"));
  }

  // ---- relations

  @Test
  void theProviderPublishesItsAddressAndPorts() throws Exception {
    FakeUnit unit = api().relation("api", "api:7", "frontend/0", Map.of());
    Run run = unit.hook("api-relation-joined", "JUJU_RELATION", "api", "JUJU_RELATION_ID", "api:7",
        "JUJU_REMOTE_UNIT", "frontend/0");
    ok(run);
    assertEquals(List.of(args("-r", "api:7", "--", "host=10.1.2.3", "port=32768", "ports=32768/tcp",
        "port-map=8080:32768/tcp")), run.argsOf("relation-set"));
    assertEquals(List.of(args("--ingress-address", "--", "api")), run.argsOf("network-get"));
    assertEquals("32768/tcp", unit.published("api", "api:7", "ports"));
  }

  @Test
  void theProviderFallsBackToThePrivateAddress() throws Exception {
    FakeUnit unit = api().relation("api", "api:7", "frontend/0", Map.of()).file("private-address", "10.9.9.9");
    Files.delete(unit.state.resolve("ingress-address"));
    ok(unit.hook("api-relation-changed"));
    assertEquals("10.9.9.9", unit.published("api", "api:7", "host"));
  }

  @Test
  void aRequiredRelationThatIsMissingMakesTheUnitWait() throws Exception {
    FakeUnit unit = api().noRelation("db", "db:1");
    Run run = unit.hook("config-changed");
    ok(run);
    assertEquals(List.of("waiting", "waiting for relation db"), unit.status());
    assertEquals(List.of(imageInspect(API_IMAGE)), run.argsOf("docker"));
  }

  @Test
  void aRelationWithoutDataMakesTheUnitWaitForIt() throws Exception {
    FakeUnit unit = api().noRelation("db", "db:1").relation("db", "db:1", "db/0", Map.of());
    ok(unit.hook("db-relation-joined"));
    assertEquals(List.of("waiting", "waiting for the address of db"), unit.status());
  }

  @Test
  void relationDataRewritesTheEnvironmentAndReplacesTheContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.noRelation("db", "db:1").relation("db", "db:1", "db/1", Map.of("host", "10.0.0.50", "port", "5432",
        "ports", "5432/tcp"));
    Run run = unit.hook("db-relation-changed", "JUJU_REMOTE_UNIT", "db/1");
    ok(run);
    assertTrue(createWithoutHash(run, "docker")
        .contains("--env=DATABASE_URL=postgres://shop@10.0.0.50:5432/shop?sslmode=disable"), run::toString);
    assertEquals(List.of("active", ""), unit.status());
  }

  @Test
  void theLowestNumberedUnitThatPublishedIsUsed() throws Exception {
    FakeUnit unit = api().noRelation("db", "db:1")
        .relation("db", "db:1", "db/10", Map.of("host", "10.0.0.10"))
        .relation("db", "db:1", "db/2", Map.of())
        .relation("db", "db:1", "db/3", Map.of("host", "10.0.0.3", "port-map", "5432:1/tcp"));
    Run run = unit.hook("db-relation-changed");
    ok(run);
    assertTrue(createWithoutHash(run, "docker").contains("--env=DATABASE_URL=postgres://shop@10.0.0.3:1/shop?sslmode=disable"));
  }

  @ParameterizedTest(name = "port-map {0}, ports {1}, port {2} -> {3}")
  @CsvSource(delimiter = ';', value = {
      "6379:7000/tcp; 7000/tcp; 7000; 7000",
      "6380:1/tcp,6379:7001/tcp; ''; ''; 7001",
      "''; 8080/tcp,6379/tcp; 8080; 6379",
      "''; 8080/tcp; 8080; 8080",
      "6379:1/udp; ''; ''; 6379",
      "''; ''; ''; 6379"})
  void aPortIsMappedKeptOrReplacedByTheMainPort(String map, String ports, String port, String expected)
      throws Exception {
    FakeUnit unit = api().noRelation("cache", "cache:2")
        .relation("cache", "cache:2", "cache/0", Map.of("host", "10.0.0.6", "port-map", map, "ports", ports,
            "port", port));
    Run run = unit.hook("cache-relation-changed");
    ok(run);
    assertTrue(createWithoutHash(run, "docker").contains("--env=REDIS_ADDR=10.0.0.6:" + expected), run::toString);
  }

  @Test
  void aBrokenRelationMakesTheUnitWaitAgainAndLeavesTheContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.noRelation("db", "db:1");
    Run run = unit.hook("db-relation-broken");
    ok(run);
    assertEquals(List.of("waiting", "waiting for relation db"), unit.status());
    assertEquals(List.of(imageInspect(API_IMAGE)), run.argsOf("docker"));
    assertEquals("running", unit.container("docker", "web-0").get("status"));
  }

  @Test
  void anOptionalRelationThatIsAbsentKeepsTheOriginalValue() throws Exception {
    String url = "http://search:9200";
    Project project = new Project("p", SourceKind.COMPOSE, List.of(
        Service.builder("x").image("img:1")
            .addEnvironment(new EnvVar("SEARCH_URL", url, false, null, List.of(new ServiceReference("search",
                ServiceReference.Kind.URL, 7, 13, 9200, 14, 18)), null))
            .addDependency(new Dependency("search", List.of(Dependency.Via.DEPENDS_ON), null, false, false, null,
                null))
            .build(),
        Service.builder("search").image("search:1").addExpose(new ExposedPort(9200, "tcp", null)).build()),
        List.of(), List.of(), List.of(), List.of(), null, null);
    MachineCharmView view = ShopViews.of(project, "x", ShopViews.MACHINE);
    assertEquals(List.of(new Endpoint("search", Endpoint.Role.REQUIRES, false)), view.endpoints());
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(view)).runtimeInstalled("docker")
        .image("docker", "img:1", "sha256:1");
    Run run = unit.hook("config-changed");
    ok(run);
    assertTrue(createWithoutHash(run, "docker").contains("--env=SEARCH_URL=http://search:9200"));
    assertEquals(List.of("active", ""), unit.status());
  }

  @Test
  void optionValuesAreTakenAsJujuPrintsThemWithBooleansInLowerCase() throws Exception {
    Service.Builder x = Service.builder("x").image("img:1");
    Map.of("DEBUG", "true", "QUIET", "false", "RATIO", "0.75", "TITLE", "True", "WORKERS", "4")
        .forEach((name, value) -> x.addEnvironment(EnvVar.plain(name, value, null)));
    x.addEnvironment(new EnvVar("UNSET", null, false, null, List.of(), null));
    MachineCharmView view = ShopViews.of(new Project("p", SourceKind.COMPOSE, List.of(x.build()), List.of(),
        List.of(), List.of(), List.of(), null, null), "x", ShopViews.MACHINE);
    assertEquals(List.of("config debug boolean", "config quiet boolean", "config ratio float",
        "config title string", "config unset string", "config workers int"),
        view.environment().stream().map(e -> String.join(" ", e.words())).toList());
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(view)).runtimeInstalled("docker")
        .image("docker", "img:1", "sha256:1")
        .config("debug", "True").config("quiet", "False").config("ratio", "0.75").config("title", "True")
        .config("workers", "4");
    Run run = unit.hook("config-changed");
    ok(run);
    List<String> create = createWithoutHash(run, "docker");
    assertEquals(args("--env=DEBUG=true", "--env=QUIET=false", "--env=RATIO=0.75", "--env=TITLE=True",
        "--env=WORKERS=4", "--restart=no"), create.subList(3, 9), "a variable whose option is unset is left out");
    unit.config("unset", "");
    Run set = unit.hook("config-changed");
    ok(set);
    assertTrue(createWithoutHash(set, "docker").contains("--env=UNSET="), "an empty value is a value");
  }

  // ---- secrets and storage

  @Test
  void anUnsetSecretOptionBlocks() throws Exception {
    FakeUnit unit = api().unsetConfig("db-password");
    ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked", "secret option db-password is not set"), unit.status());
  }

  /**
   * A secret variable compose passes through from the deployer's environment is left out while its option is unset,
   * as compose leaves it out, while one compose gave a value blocks the unit until its option is set.
   */
  @Test
  void anOptionalSecretIsLeftOutAndARequiredOneBlocks() throws Exception {
    Project project = new Project("p", SourceKind.COMPOSE, List.of(Service.builder("x").image("img:1")
        .addEnvironment(new EnvVar("API_TOKEN", null, true, "name", List.of(), null))
        .addEnvironment(new EnvVar("DB_PASSWORD", "from-compose", true, "name", List.of(), null))
        .build()), List.of(), List.of(), List.of(), List.of(), null, null);
    MachineCharmView view = ShopViews.of(project, "x", ShopViews.MACHINE);
    assertEquals(List.of("db-password"), view.requiredOptions());
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(view)).runtimeInstalled("docker")
        .image("docker", "img:1", "sha256:1");
    ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked", "secret option db-password is not set"), unit.status());
    unit.config("db-password", "secret:db").secret("secret:db", "value", "pw");
    Run run = unit.hook("config-changed");
    ok(run);
    List<String> create = createWithoutHash(run, "docker");
    assertTrue(create.contains("--env=DB_PASSWORD=pw"), create::toString);
    assertTrue(create.stream().noneMatch(w -> w.startsWith("--env=API_TOKEN")), create::toString);
    unit.config("api-token", "secret:token").secret("secret:token", "value", "t");
    Run set = unit.hook("config-changed");
    ok(set);
    assertTrue(createWithoutHash(set, "docker").contains("--env=API_TOKEN=t"));
  }

  @Test
  void aSecretTheApplicationMayNotReadBlocks() throws Exception {
    FakeUnit unit = api().config("db-password", "secret:other");
    ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked", "cannot read the secret in option db-password: grant it to this application"),
        unit.status());
  }

  @Test
  void aSecretWithoutTheKeyButWithOnlyOneKeyGivesThatKey() throws Exception {
    FakeUnit unit = api().config("db-password", "secret:one").secret("secret:one", "password", "p\"a\\ss\n");
    Run run = unit.hook("config-changed");
    ok(run);
    assertTrue(createWithoutHash(run, "docker").contains("--env=DB_PASSWORD=p\"a\\ss\n"), run::toString);
    assertEquals(List.of(
        args("--refresh", "--format=json", "--", "secret:one", "value#base64"),
        args("--refresh", "--format=json", "--", "secret:one"),
        args("--refresh", "--format=json", "--", "secret:one", "password#base64")),
        run.argsOf("secret-get").subList(0, 3));
  }

  @Test
  void aSecretWithoutTheKeyAndWithSeveralKeysBlocks() throws Exception {
    FakeUnit unit = api().config("db-password", "secret:two").secret("secret:two", "user", "u")
        .secret("secret:two", "password", "a\",\"b");
    ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked", "the secret in option db-password has no key value and more than one key"),
        unit.status());
  }

  @Test
  void aSecretHoldingANulByteBlocksRatherThanLosingIt() throws Exception {
    FakeUnit unit = api();
    Files.write(unit.state.resolve("secrets/" + FakeUnit.key("secret:dbpw") + "/value"), new byte[] {'a', 0, 'b'});
    ok(unit.hook("config-changed"));
    assertEquals(List.of("blocked",
        "key value of the secret in option db-password holds a NUL byte, which the container cannot receive"),
        unit.status());
  }

  @Test
  void aChangedSecretReplacesTheContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.secret("secret:apikey", "value", "a new key");
    Run run = unit.hook("secret-changed", "JUJU_SECRET_ID", "secret:apikey");
    ok(run);
    assertEquals(1, run.argsOf("docker").stream().filter(a -> a.get(0).equals("create")).count());
    assertEquals("a new key", Files.readString(unit.unitState.resolve("secrets/0")));
  }

  @Test
  void storageIsWaitedForThenMounted() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.db())).runtimeInstalled("docker")
        .image("docker", "postgres:16", "sha256:pg").config("postgres-db", "shop").config("postgres-user", "shop")
        .config("db-password", "secret:pw").secret("secret:pw", "value", "pw");
    ok(unit.hook("config-changed"));
    assertEquals(List.of("waiting", "waiting for storage pgdata"), unit.status());
    unit.storage("pgdata", "/srv/juju/pgdata 0");
    Run run = unit.hook("pgdata-storage-attached");
    ok(run);
    List<String> create = createWithoutHash(run, "docker");
    assertTrue(create.contains("--volume=/srv/juju/pgdata 0:/var/lib/postgresql/data"), create::toString);
    assertTrue(create.contains("--health-cmd=pg_isready -U shop -d shop"), create::toString);
    assertTrue(create.contains("--health-retries=5"), create::toString);
    assertEquals(List.of(), run.argsOf("chown"), "compose gives the secret no owner: root keeps it");
    assertEquals(List.of("active", ""), unit.status());
    Run detaching = unit.hook("pgdata-storage-detaching");
    ok(detaching);
    assertEquals(List.of(inspect("web-0"), args("stop", "--", "web-0")), detaching.argsOf("docker"));
    assertEquals(List.of("waiting", "storage pgdata is detaching"), unit.status());
  }

  // ---- update-status

  @ParameterizedTest(name = "{0}/{2} -> {3} {4}")
  @CsvSource(delimiter = ';', value = {
      "running; 0; ''; active; ''",
      "running; 0; healthy; active; ''",
      "running; 0; starting; waiting; starting",
      "running; 0; unhealthy; blocked; container is unhealthy",
      "exited; 137; ''; blocked; container exited (code 137)",
      "created; 0; ''; waiting; the container is created but not started",
      "restarting; 1; ''; blocked; container keeps restarting (last exit code 1)",
      "paused; 0; ''; blocked; container is paused",
      "dead; 0; ''; blocked; container is dead"})
  void updateStatusReportsTheContainersStateAndHealth(String status, String exit, String health, String expected,
      String message) throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.file("docker/containers/web-0/status", status).file("docker/containers/web-0/exit", exit)
        .file("docker/containers/web-0/health", health);
    Run run = unit.hook("update-status");
    ok(run);
    assertEquals(List.of(expected, message), unit.status());
    assertEquals(List.of(inspect("web-0")), run.argsOf("docker"), "update-status only looks");
  }

  @Test
  void updateStatusWithoutAContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("update-status"));
    assertEquals(List.of("waiting", "the container is not created yet"), unit.status());
  }

  @Test
  void updateStatusWithoutTheRuntime() throws Exception {
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(ShopViews.api()));
    ok(unit.hook("update-status"));
    assertEquals(List.of("blocked", "docker is not installed"), unit.status());
  }

  // ---- actions

  @Test
  void restartRestartsTheContainer() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    Run run = unit.hook("actions/restart");
    ok(run);
    assertEquals(List.of(inspect("web-0"), args("restart", "--", "web-0"), inspect("web-0"), inspect("web-0")),
        run.argsOf("docker"));
    assertEquals(List.of(args("--", "container=web-0", "state=running")), run.argsOf("action-set"));
    assertEquals(List.of(), run.argsOf("action-fail"));
  }

  @Test
  void restartCreatesAMissingContainer() throws Exception {
    FakeUnit unit = api();
    Run run = unit.hook("actions/restart");
    ok(run);
    assertEquals(1, run.argsOf("docker").stream().filter(a -> a.get(0).equals("create")).count());
    assertEquals(List.of(args("--", "container=web-0", "state=running")), run.argsOf("action-set"));
  }

  @Test
  void restartFailsWhenTheUnitIsBlocked() throws Exception {
    FakeUnit unit = api().unsetConfig("db-password");
    Run run = unit.hook("actions/restart");
    ok(run);
    assertEquals(List.of(args("--", "secret option db-password is not set")), run.argsOf("action-fail"));
    assertEquals(List.of(), run.argsOf("action-set"));
  }

  @Test
  void rebuildPullsAgainAndReplacesTheContainerWhenTheImageChanged() throws Exception {
    FakeUnit unit = api();
    ok(unit.hook("config-changed"));
    unit.knob("pull-id", "sha256:api2");
    Run run = unit.hook("actions/rebuild");
    ok(run);
    List<List<String>> docker = run.argsOf("docker");
    assertEquals(args("pull", "--quiet", "--", API_IMAGE), docker.get(0));
    assertEquals(1, docker.stream().filter(a -> a.get(0).equals("create")).count());
    assertEquals(List.of(args("--", "image=" + API_IMAGE, "image-id=sha256:api2", "replaced=true")),
        run.argsOf("action-set"));
  }

  @Test
  void rebuildOfAnUnchangedImageKeepsTheContainer() throws Exception {
    FakeUnit unit = api();
    unit.knob("pull-id", "sha256:api1");
    ok(unit.hook("config-changed"));
    Run run = unit.hook("actions/rebuild");
    ok(run);
    assertEquals(List.of(args("--", "image=" + API_IMAGE, "image-id=sha256:api1", "replaced=false")),
        run.argsOf("action-set"));
  }

  @Test
  void rebuildFetchesAndBuildsAgain() throws Exception {
    FakeUnit unit = frontend();
    ok(unit.hook("install"));
    ok(unit.hook("config-changed"));
    unit.knob("build-id", "sha256:built2").knob("commit", "fedcba9876543210fedcba9876543210fedcba98");
    Run run = unit.hook("actions/rebuild");
    ok(run);
    assertEquals("fetch", run.argsOf("git").get(0).get(4));
    assertEquals(List.of(args("--", "image=localhost/web-0:built", "image-id=sha256:built2", "replaced=true")),
        run.argsOf("action-set"));
    assertEquals(List.of(args("--", "fedcba987654")), run.argsOf("application-version-set"));
  }

  @Test
  void aFailedRebuildFailsTheAction() throws Exception {
    FakeUnit unit = frontend().knob("fetch-fails", "");
    Run run = unit.hook("actions/rebuild");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(args("--", "cannot fetch the default branch of https://example.com/shop.git")),
        run.argsOf("action-fail"));
    assertEquals(List.of(), run.argsOf("action-set"));
  }

  @Test
  void anUnexpectedFailureInAnActionIsReported() throws Exception {
    FakeUnit unit = frontend();
    Files.delete(unit.bin.resolve("git"));
    Files.writeString(unit.bin.resolve("git"), "#!/bin/sh\nexit 3\n");
    Files.setPosixFilePermissions(unit.bin.resolve("git"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = unit.hook("actions/rebuild");
    assertEquals(3, run.exitCode(), run::toString);
    assertEquals(List.of(args("--", "failed with exit code 3; see juju debug-log")), run.argsOf("action-fail"));
    assertTrue(run.argsOf("juju-log").stream().anyMatch(a -> a.get(3).startsWith("actions/rebuild failed with exit"
        + " code 3 at: git init")), run::toString);
  }

  // ---- stop and remove

  @Test
  void stopStopsAndRemoveRemovesButKeepsVolumes() throws Exception {
    MachineCharmView view = MachineCharmView.builder("x", "x").pull("img:1", null)
        .volume(new MachineCharmView.Volume("data", "/data", false, null)).build();
    FakeUnit unit = FakeUnit.create(dir, RENDERER.render(view)).runtimeInstalled("docker")
        .image("docker", "img:1", "sha256:1");
    Run created = unit.hook("config-changed");
    ok(created);
    assertTrue(createWithoutHash(created, "docker").contains("--volume=web-0-data:/data"));
    Run stop = unit.hook("stop");
    ok(stop);
    assertEquals(List.of(inspect("web-0"), args("stop", "--", "web-0")), stop.argsOf("docker"));
    Run remove = unit.hook("remove");
    ok(remove);
    assertEquals(List.of(inspect("web-0-next"), inspect("web-0"), args("rm", "--force", "--volumes", "--", "web-0")),
        remove.argsOf("docker"));
    assertTrue(remove.argsOf("juju-log").stream().anyMatch(a -> a.get(3).equals(
        "kept volume web-0-data (remove it with: docker volume rm web-0-data)")));
    assertFalse(Files.exists(unit.unitState));
  }

  @Test
  void removeDeletesTheImageItBuilt() throws Exception {
    FakeUnit unit = frontend();
    ok(unit.hook("install"));
    Run remove = unit.hook("remove");
    ok(remove);
    assertEquals(List.of(inspect("web-0-next"), inspect("web-0"), imageInspect("localhost/web-0:built"),
        args("image", "rm", "--", "localhost/web-0:built")), remove.argsOf("docker"));
  }
}
