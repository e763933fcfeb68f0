package dev.gen.target.charm.machine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gen.render.TemplateEngine;
import dev.gen.target.charm.machine.FakeUnit.Run;
import dev.gen.model.ContainerOptions;
import dev.gen.model.EnvVar;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.RestartPolicy;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * A machine charm generated from a compose service runs its container for real: its {@code install},
 * {@code config-changed} and {@code start} hooks (with fake Juju hook tools) make Podman run a web server built here
 * from Debian's static busybox, which the test then reaches over HTTP on the published port; a changed option
 * replaces the container, and {@code stop} and {@code remove} take it away.
 *
 * <p>Needs podman (with, on this kind of machine, {@code /etc/containers/containers.conf} saying
 * {@code [containers] default_ulimits = []} and {@code [engine] runtime = "runc"}) and the {@code busybox-static}
 * package; skipped, with the reason, when either is missing or podman cannot run a container.
 */
class MachinePodmanEndToEndTest {

  private static final Path PODMAN = Path.of("/usr/bin/podman");
  private static final Path BUSYBOX = Path.of("/bin/busybox");

  @TempDir
  Path dir;

  private final String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private final String image = "localhost/gen-e2e-" + suffix + ":1";
  private final String unitName = "gen-e2e-" + suffix + "/0";
  private final String container = "gen-e2e-" + suffix + "-0";

  @AfterEach
  void removeWhatThisTestMade() throws Exception {
    if (Files.isExecutable(PODMAN)) {
      podman("rm", "--force", "--ignore", "--", container, container + "-next");
      podman("rmi", "--force", "--ignore", "--", image);
    }
  }

  @Test
  void theHooksRunTheContainerAndItAnswersOverHttp() throws Exception {
    assumeTrue(Files.isExecutable(PODMAN), "podman is not installed (Debian package podman)");
    assumeTrue(Files.isRegularFile(BUSYBOX) && isStatic(BUSYBOX),
        "no static busybox to build the test image from (Debian package busybox-static)");
    buildImage();
    Result probe = podman("run", "--rm", "--", image, "/bin/true");
    assumeTrue(probe.code == 0, "podman cannot run a container here (on cgroup v1 machines crun fails: set"
        + " [engine] runtime = \"runc\" and [containers] default_ulimits = [] in /etc/containers/containers.conf): "
        + probe.output);

    Path markers = Files.createDirectories(dir.resolve("markers"));
    String hostile = "it's \"$(touch " + markers + "/x)\" `touch " + markers + "/y` *\nline\u2028two\n";
    int port = freePort();
    MachineCharmView view = ShopViews.of(project(port, hostile), "web", ShopViews.MACHINE);
    assertEquals(2, view.stopTimeoutSeconds());
    FakeUnit unit = FakeUnit.create(dir.resolve("unit"), new MachineHooksRenderer(TemplateEngine.builtIn())
        .render(view), unitName).systemPath().config("container-runtime", "podman").config("greeting", hostile)
        .config("text", hostile);

    Run install = unit.hook("install");
    assertEquals(0, install.exitCode(), install::toString);
    assertEquals(List.of(), install.argsOf("apt-get"), "podman is there: nothing is installed");
    assertTrue(install.argsOf("juju-log").stream()
        .anyMatch(a -> a.get(3).equals("using the podman found at /usr/bin/podman")), install::toString);
    assertEquals(List.of("waiting", "the container is not created yet"), unit.status());

    Run configChanged = unit.hook("config-changed");
    assertEquals(0, configChanged.exitCode(), configChanged::toString);
    Run start = unit.hook("start");
    assertEquals(0, start.exitCode(), start::toString);
    assertEquals(List.of("active", ""), unit.status(), start::toString);
    assertEquals("hello from gen\n", get(port));
    assertTrue(environment().contains("GREETING=" + hostile), environment()::toString);
    assertTrue(environment().contains("TEXT=" + hostile));
    assertEquals(List.of(List.of("--", port + "/tcp")), configChanged.argsOf("open-port"));

    unit.config("greeting", "changed");
    Run replaced = unit.hook("config-changed");
    assertEquals(0, replaced.exitCode(), replaced::toString);
    assertTrue(environment().contains("GREETING=changed"), environment()::toString);
    assertEquals("hello from gen\n", get(port));
    assertEquals(0, unit.hook("update-status").exitCode());
    assertEquals(List.of("active", ""), unit.status());

    assertEquals(0, unit.hook("stop").exitCode());
    assertEquals("exited", podman("container", "inspect", "--format={{.State.Status}}", "--", container).output
        .strip());
    assertEquals(0, unit.hook("remove").exitCode());
    assertEquals(125, podman("container", "inspect", "--", container).code, "the container is gone");
    try (Stream<Path> files = Files.list(markers)) {
      assertEquals(List.of(), files.toList(), "a value was run as a command");
    }
  }

  /**
   * The compose project of the test: busybox's httpd on a published port, two variables and a label with a hostile
   * value, a restart policy and a stop grace period.
   */
  private Project project(int port, String hostile) {
    ContainerOptions d = ContainerOptions.DEFAULT;
    ContainerOptions options = new ContainerOptions(d.privileged(), d.capAdd(), d.capDrop(),
        d.readOnlyRootFilesystem(), d.init(), d.hostname(), d.extraHosts(), d.stopSignal(), Duration.ofSeconds(2),
        d.tty(), d.stdinOpen(), d.pullPolicy(), d.platform(), d.containerName(), d.shmSizeBytes(), d.sysctls(),
        d.ulimits(), d.devices(), d.dns(), d.securityOpt(), d.groupAdd());
    Service web = Service.builder("web").image(image)
        .command(List.of("/bin/httpd", "-f", "-p", "8080", "-h", "/www"))
        .addPort(new PortMapping(8080, Integer.toString(port), null, "tcp", "ingress", null, null, null))
        .addEnvironment(EnvVar.plain("GREETING", "hello", null))
        .addEnvironment(EnvVar.plain("TEXT", hostile, null))
        .labels(Map.of("org.example.test", hostile))
        .restart(new RestartPolicy(RestartPolicy.Condition.UNLESS_STOPPED, null, null, null, null))
        .options(options)
        .build();
    return new Project("e2e", SourceKind.COMPOSE, List.of(web), List.of(), List.of(), List.of(), List.of(), null,
        null);
  }

  /** A one-layer image: static busybox, a page, and nothing else. */
  private void buildImage() throws Exception {
    Path root = Files.createDirectories(dir.resolve("rootfs"));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(BUSYBOX, root.resolve("bin/busybox"));
    for (String applet : List.of("sh", "httpd", "true")) {
      Files.createSymbolicLink(root.resolve("bin").resolve(applet), Path.of("busybox"));
    }
    Files.createDirectories(root.resolve("www"));
    Files.writeString(root.resolve("www/index.html"), "hello from gen\n");
    Path tar = dir.resolve("rootfs.tar");
    Result tarred = run(List.of("tar", "-C", root.toString(), "-cf", tar.toString(), "."));
    assertEquals(0, tarred.code, tarred.output);
    Result imported = podman("import", "--", tar.toString(), image);
    assertEquals(0, imported.code, imported.output);
  }

  private List<String> environment() throws Exception {
    Result env = podman("container", "inspect", "--format={{json .Config.Env}}", "--", container);
    assertEquals(0, env.code, env.output);
    List<String> list = new ArrayList<>();
    new ObjectMapper().readTree(env.output).forEach(n -> list.add(n.asString()));
    return list;
  }

  private static String get(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .timeout(Duration.ofSeconds(5)).build();
    IOException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
      } catch (IOException e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** True when an ELF executable has no program interpreter (PT_INTERP), so runs in an empty file system. */
  static boolean isStatic(Path elf) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(elf.toFile(), "r")) {
      byte[] header = new byte[64];
      file.readFully(header);
      if (header[0] != 0x7f || header[1] != 'E' || header[4] != 2) {
        return false;
      }
      ByteBuffer h = ByteBuffer.wrap(header).order(header[5] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      long phoff = h.getLong(0x20);
      int phentsize = Short.toUnsignedInt(h.getShort(0x36));
      int phnum = Short.toUnsignedInt(h.getShort(0x38));
      byte[] entry = new byte[phentsize];
      for (int i = 0; i < phnum; i++) {
        file.seek(phoff + (long) i * phentsize);
        file.readFully(entry);
        int type = ByteBuffer.wrap(entry).order(h.order()).getInt(0);
        if (type == 3) {
          return false;
        }
      }
      return true;
    }
  }

  private record Result(int code, String output) {}

  private static Result podman(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(PODMAN.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  private static Result run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(command + " did not finish");
    }
    return new Result(p.exitValue(), output);
  }
}
