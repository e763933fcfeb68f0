package dev.gen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./gen} launcher's class archive (docs/performance.md): made on first use under
 * {@code XDG_CACHE_HOME/gen/}, used afterwards, a broken one ignored without a word, and gen's output the same with
 * and without it, from any directory, with spaces in every path. The launcher and the packaged jar are copied into
 * a directory whose name has spaces (the launcher only builds when sources newer than the jar are there to build).
 * The daemon gets a test of its own; the other tests run without it (GEN_DAEMON=off).
 */
class LauncherTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir static Path temp;
  private static Path launcher;
  private Path cache;
  private static Path compose;

  @BeforeAll
  static void copyLauncherAndJar() throws IOException {
    Path jar = REPO.resolve("cli/target/gen.jar");
    assertTrue(Files.isRegularFile(jar), "cli/target/gen.jar is built before this module's tests");
    Path home = Files.createDirectories(temp.resolve("gen home/with spaces"));
    launcher = home.resolve("gen");
    Files.copy(REPO.resolve("gen"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(home.resolve("cli/target"));
    Files.copy(jar, home.resolve("cli/target/gen.jar"));
    compose = SyntheticProject.write(10, Files.createDirectories(temp.resolve("a project")));
  }

  /** A cache of its own for each test, whatever order they run in. */
  @BeforeEach
  void newCache() throws IOException {
    cache = Files.createTempDirectory(temp, "cache dir ");
  }

  private record Run(int code, String out, String err) {}

  /** Runs the launcher without its daemon, unless env says GEN_DAEMON=on. */
  private Run run(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    int code = p.waitFor();
    return finished(p, code);
  }

  private final Map<Process, Path[]> outputs = new java.util.HashMap<>();

  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(temp.toFile());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().put("GEN_DAEMON", "off");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    outputs.put(p, new Path[] {out, err});
    return p;
  }

  private Run finished(Process p, int code) throws IOException {
    Path[] files = outputs.remove(p);
    return new Run(code, Files.readString(files[0], StandardCharsets.UTF_8),
        Files.readString(files[1], StandardCharsets.UTF_8));
  }

  /** No daemon outlives its test. */
  @AfterEach
  void stopDaemons() throws Exception {
    for (long pid : daemonPids()) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }
  }

  private List<Long> daemonPids() throws IOException {
    Path dir = cache.resolve("gen/daemon");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Long> pids = new ArrayList<>();
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".pid"))::iterator) {
        pids.add(Long.parseLong(Files.readString(p).strip()));
      }
      return pids;
    }
  }

  private Path awaitDaemonSocket() throws Exception {
    Path dir = cache.resolve("gen/daemon");
    for (int i = 0; i < 600; i++) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          var socket = files.filter(f -> f.toString().endsWith(".sock")).findFirst();
          if (socket.isPresent() && !daemonPids().isEmpty()) {
            return socket.get();
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no daemon socket after 30 s");
  }

  private List<Path> archives() throws IOException {
    if (!Files.isDirectory(cache.resolve("gen"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache.resolve("gen"))) {
      return files.filter(p -> p.toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void makesTheArchiveOnceAndPrintsTheSameWithItWithoutItAndWithABrokenOne() throws Exception {
    Run plain = run(Map.of("GEN_CDS", "off"), "model", "--format", "yaml", compose.toString());
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.out().startsWith("name: synthetic-10"), plain.out());
    assertEquals(List.of(), archives(), "GEN_CDS=off makes no archive");

    Run first = run(Map.of(), "model", "--format", "yaml", compose.toString());
    assertEquals(plain, first, "the run that trains the archive prints what gen prints");
    assertEquals(1, archives().size(), "one archive for this jar and JDK");

    Run second = run(Map.of(), "model", "--format", "yaml", compose.toString());
    assertEquals(plain, second);

    // a stale or damaged archive is ignored without a word (the JVM checks it)
    Path archive = archives().get(0);
    archive.toFile().setWritable(true);
    Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Run broken = run(Map.of(), "model", "--format", "yaml", compose.toString());
    assertEquals(plain, broken);

    Run version = run(Map.of(), "--version");
    assertEquals(0, version.code());
    assertEquals("", version.err());
    assertTrue(version.out().startsWith("gen "), version.out());
  }

  /**
   * The daemon: the first run starts it, later runs go to it (proved by stopping it: the run waits until it goes on)
   * and print what a run in a JVM of its own prints, usage errors and the environment included; it ends by itself
   * after GEN_DAEMON_IDLE seconds without a run, removing its socket.
   */
  @Test
  void laterRunsGoToTheDaemonAndPrintWhatARunInItsOwnJvmPrints() throws Exception {
    Map<String, String> on = Map.of("GEN_DAEMON", "on", "GEN_DAEMON_IDLE", "15", "COMPOSE_PROJECT_NAME", "from-env");
    Map<String, String> off = Map.of("GEN_DAEMON", "off", "COMPOSE_PROJECT_NAME", "from-env");
    String[] config = {"config", compose.toString()};
    Run plain = run(off, config);
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.out().startsWith("name: from-env\n"), plain.out());

    assertEquals(plain, run(on, config), "the run that starts the daemon");
    Path socket = awaitDaemonSocket();
    long pid = daemonPids().get(0);
    assertEquals(plain, run(on, config), "a run through the daemon");
    assertEquals(run(off, "no-such-command"), run(on, "no-such-command"));
    assertEquals(run(off, "--version"), run(on, "--version"));

    // stopped, the daemon keeps the next run waiting; going on, it answers it
    new ProcessBuilder("sh", "-c", "kill -STOP " + pid).start().waitFor();
    Process waiting;
    try {
      waiting = start(on, config);
      assertFalse(waiting.waitFor(2, java.util.concurrent.TimeUnit.SECONDS), "the run waits for the daemon");
    } finally {
      new ProcessBuilder("sh", "-c", "kill -CONT " + pid).start().waitFor();
    }
    assertTrue(waiting.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(plain, finished(waiting, waiting.exitValue()));

    // idle for GEN_DAEMON_IDLE seconds, it ends and removes its socket
    ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
    daemon.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
    assertFalse(Files.exists(socket), "the socket went with the daemon");
    assertEquals(plain, run(on, config), "and the next run starts a new one");
  }

  @Test
  void usageErrorsKeepTheirExitCodeAndStreams() throws Exception {
    Run r = run(Map.of(), "no-such-command");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no-such-command"), r.err());
  }
}
