package dev.gen.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.cli.Main;
import dev.gen.cli.RunContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gen's daemon, a real server on a real Unix socket in this JVM: every run through it gives the exit code, stdout
 * and stderr, byte for byte, and the files that {@link Main#run} gives in the same context; runs from several clients
 * at once each get their own answer; garbage from a client does not stop it; it stops when its socket is removed; a
 * client that finds no daemon says so, sends nothing and removes the dead socket.
 */
class DaemonTest {

  @TempDir Path temp;
  private Path socket;
  private Path project;
  private DaemonServer daemon;
  private Thread serving;

  @BeforeEach
  void startDaemon() throws Exception {
    socket = temp.resolve("d/gen.sock");
    project = Files.createDirectories(temp.resolve("project dir"));
    Files.writeString(project.resolve("compose.yaml"), """
        name: daemon-test
        services:
          web:
            image: "nginx:${TAG:-1.27}"
            env_file: [web.env]
            environment:
              GREETING: "héllo $$HOME `date` $(id)"
            ports: ["8080:80"]
            labels:
              café.note: not carried
            depends_on: [db]
          db:
            image: postgres:16
            ulimits:
              memlock: -1
        """);
    Files.writeString(project.resolve("web.env"), "FROM_FILE=yes\n");
    Files.writeString(project.resolve("broken.yaml"), "services:\n  web:\n    image: [nginx\n");
    daemon = new DaemonServer(socket, Duration.ofMinutes(10), Duration.ofMillis(300), () -> {});
    long self = ProcessHandle.current().pid(); // training waits for this JVM's end: never, in a test
    serving = new Thread(() -> {
      try {
        daemon.serve(self);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }, "daemon-test-server");
    serving.setDaemon(true);
    serving.start();
    for (int i = 0; i < 500 && !Files.exists(socket); i++) {
      Thread.sleep(10);
    }
    assertTrue(Files.exists(socket), "the daemon made its socket");
  }

  @AfterEach
  void stopDaemon() throws InterruptedException {
    daemon.stop();
    serving.join(10_000);
  }

  private record Answer(int code, byte[] out, byte[] err) {
    String text() {
      return "exit " + code + "\n" + new String(out, StandardCharsets.UTF_8) + "\n" + new String(err,
          StandardCharsets.UTF_8);
    }
  }

  private static Answer direct(RunContext context, Charset stderrCharset, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, stderrCharset), true);
    int code = Main.run(args, o, e, context);
    o.flush();
    e.flush();
    return new Answer(code, out.toByteArray(), err.toByteArray());
  }

  private Answer viaDaemon(RunContext context, Charset stderrCharset, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt code = DaemonClient.send(socket, new Request(List.of(args), context, stderrCharset), out, err);
    assertTrue(code.isPresent(), "the daemon answered");
    return new Answer(code.getAsInt(), out.toByteArray(), err.toByteArray());
  }

  private void assertSameAnswer(RunContext context, Charset charset, String... args) {
    Answer expected = direct(context, charset, args);
    Answer actual = viaDaemon(context, charset, args);
    assertEquals(expected.code(), actual.code(), actual.text());
    assertArrayEquals(expected.out(), actual.out(), () -> String.join(" ", args) + "\n" + actual.text());
    assertArrayEquals(expected.err(), actual.err(), () -> String.join(" ", args) + "\n" + actual.text());
  }

  @Test
  void answersAsARunInItsOwnJvmWouldWithTheClientsDirectoryEnvironmentAndTerminals() {
    RunContext plain = RunContext.of(project, Map.of("TAG", "1.25-alpine", "HOME", "/home/u"));
    Charset utf8 = StandardCharsets.UTF_8;
    // relative paths start from the client's directory; TAG comes from the client's environment
    assertSameAnswer(plain, utf8, "config", "compose.yaml");
    assertSameAnswer(plain, utf8, "config", "--format", "json");
    assertSameAnswer(plain, utf8, "model", "--format", "yaml", "--warnings", "json", "compose.yaml");
    assertSameAnswer(plain, utf8, "bundle", "compose.yaml", "--stdout");
    assertSameAnswer(plain, utf8, "--version");
    // exit codes 1 (with a located diagnostic), 2 (usage) and 3 (--check found differences)
    assertSameAnswer(plain, utf8, "config", "broken.yaml");
    assertSameAnswer(plain, utf8, "charm", "--no-such-option", "compose.yaml");
    assertSameAnswer(plain, utf8, "charm", "compose.yaml", "-o", "charms", "--check");
    // colour on terminals, NO_COLOR without
    RunContext terminals = plain.withTerminals(true, true);
    assertSameAnswer(terminals, utf8, "config", "broken.yaml");
    assertSameAnswer(new RunContext(project, Map.of("NO_COLOR", "1"), true, true), utf8, "config", "broken.yaml");
    // hostile strings in the environment and the arguments travel unchanged (here into errors that quote them)
    String hostile = "1\n$(id) `id` \"q\" 'q' \u202e\u0007 \uD83D\uDE00 \\";
    assertSameAnswer(RunContext.of(project, Map.of("TAG", hostile)), utf8, "config", "compose.yaml");
    assertSameAnswer(plain, utf8, "config", "missing " + hostile + ".yaml");
    // diagnostics in the client's charset (an é in a warning)
    assertSameAnswer(plain, StandardCharsets.ISO_8859_1, "charm", "compose.yaml", "-o", "charms", "--dry-run");
    byte[] latin1 = viaDaemon(plain, StandardCharsets.ISO_8859_1, "charm", "compose.yaml", "-o", "charms",
        "--dry-run").err();
    assertTrue(new String(latin1, StandardCharsets.ISO_8859_1).contains("café.note"), "the warning names the label");
  }

  @Test
  void writesTheSameFilesAsARunInItsOwnJvm() throws IOException {
    RunContext context = RunContext.of(project, Map.of());
    Answer first = viaDaemon(context, StandardCharsets.UTF_8, "charm", "compose.yaml", "-o", "via-daemon");
    assertEquals(0, first.code(), first.text());
    Answer second = direct(context, StandardCharsets.UTF_8, "charm", "compose.yaml", "-o", "direct");
    assertEquals(0, second.code(), second.text());
    assertEquals(tree(project.resolve("direct")), tree(project.resolve("via-daemon")));
    // and what it wrote is what gen --check finds in place
    assertSameAnswer(context, StandardCharsets.UTF_8, "charm", "compose.yaml", "-o", "via-daemon", "--check");
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  @Test
  void carriesOutputOfMegabytesInPieces() throws IOException {
    StringBuilder big = new StringBuilder("services:\n");
    for (int i = 0; i < 800; i++) {
      big.append("  s").append(i).append(":\n    image: nginx:1.27\n    environment:\n      V: \"")
          .append("x".repeat(400)).append(i).append("\"\n");
    }
    Files.writeString(project.resolve("big.yaml"), big);
    RunContext context = RunContext.of(project, Map.of());
    Answer answer = viaDaemon(context, StandardCharsets.UTF_8, "config", "big.yaml");
    assertTrue(answer.out().length > 3 * (1 << 16), "more than a few pieces: " + answer.out().length);
    assertSameAnswer(context, StandardCharsets.UTF_8, "config", "big.yaml");
  }

  @Test
  void answersClientsThatComeAtOnceEachWithItsOwnRun() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        RunContext context = RunContext.of(project, Map.of("TAG", "1." + i));
        answers.add(pool.submit(() -> viaDaemon(context, StandardCharsets.UTF_8, "config", "compose.yaml")));
      }
      for (int i = 0; i < 8; i++) {
        Answer a = answers.get(i).get();
        assertEquals(0, a.code(), a.text());
        assertTrue(a.text().contains("image: nginx:1." + i + "\n"), a.text());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRunThatCannotStartSoonIsHandedBackToItsClientWithNothingWritten() throws Exception {
    RunContext context = RunContext.of(project, Map.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // another run holds the daemon (on another thread, as the daemon's runs are)
    ExecutorService other = Executors.newSingleThreadExecutor();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try {
      other.submit(() -> {
        daemon.runs().lock();
        try {
          release.await();
        } finally {
          daemon.runs().unlock();
        }
        return null;
      });
      while (!daemon.runs().isLocked()) {
        Thread.sleep(5);
      }
      OptionalInt busy = DaemonClient.send(socket, new Request(List.of("config", "compose.yaml"), context,
          StandardCharsets.UTF_8), out, err);
      assertTrue(busy.isEmpty(), "handed back");
      assertEquals(0, out.size());
      assertEquals(0, err.size());
    } finally {
      release.countDown();
      other.shutdown();
    }
    assertSameAnswer(context, StandardCharsets.UTF_8, "config", "compose.yaml");
  }

  @Test
  void aClientThatSendsGarbageOrNothingDoesNotStopIt() throws IOException {
    try (SocketChannel garbage = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      garbage.connect(UnixDomainSocketAddress.of(socket));
      OutputStream out = java.nio.channels.Channels.newOutputStream(garbage);
      out.write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertEquals(-1, java.nio.channels.Channels.newInputStream(garbage).read(), "no answer to garbage");
    }
    try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      silent.connect(UnixDomainSocketAddress.of(socket));
      assertSameAnswer(RunContext.of(project, Map.of()), StandardCharsets.UTF_8, "config", "compose.yaml");
    }
  }

  @Test
  void stopsWhenItsSocketIsRemovedAndClientsThenRunGenThemselves() throws Exception {
    Files.delete(socket);
    serving.join(10_000);
    assertFalse(serving.isAlive(), "the daemon stopped serving");
    assertFalse(Files.exists(DaemonServer.pidFile(socket)), "and removed its process id");
    OptionalInt none = DaemonClient.send(socket, new Request(List.of("--version"), RunContext.of(project, Map.of()),
        StandardCharsets.UTF_8), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    assertTrue(none.isEmpty(), "nobody to send to");
  }

  @Test
  void aDeadSocketIsRemovedByTheClientThatFindsIt() throws Exception {
    Path dead = temp.resolve("d/dead.sock");
    try (var channel = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.bind(UnixDomainSocketAddress.of(dead)); // a socket file nobody will listen on once closed
    }
    assertTrue(Files.exists(dead));
    OptionalInt none = DaemonClient.send(dead, new Request(List.of("--version"), RunContext.of(project, Map.of()),
        StandardCharsets.UTF_8), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    assertTrue(none.isEmpty());
    assertFalse(Files.exists(dead), "removed, so that the launcher starts a new daemon");
  }

  @Test
  void aDaemonThatEndsBeforeItAnswersLeavesTheRunToItsClient() throws Exception {
    Path dying = temp.resolve("d/dying.sock");
    try (var server = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(dying));
      Thread reader = new Thread(() -> {
        try (SocketChannel c = server.accept()) {
          c.read(java.nio.ByteBuffer.allocate(1 << 16)); // takes the request, then ends without a word
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      reader.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      OptionalInt none = DaemonClient.send(dying, new Request(List.of("--version"), RunContext.of(project, Map.of()),
          StandardCharsets.UTF_8), out, err);
      reader.join(10_000);
      assertTrue(none.isEmpty(), "the client runs gen itself");
      assertEquals(0, out.size());
      assertEquals(0, err.size());
    }
  }

  @Test
  void aSecondDaemonForTheSameSocketLeavesTheFirstAlone() throws IOException {
    DaemonServer second = new DaemonServer(socket, Duration.ofMinutes(10), Duration.ofMillis(300), () -> {});
    assertFalse(second.serve(ProcessHandle.current().pid()), "the lock is the first daemon's");
    assertSameAnswer(RunContext.of(project, Map.of()), StandardCharsets.UTF_8, "--version");
  }
}
