package dev.gen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.GenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: every case must fail fast, with exit code 1, a clear message, and the file, line and
 * column where the problem is; never a stack trace, a hang or an out-of-memory error.
 */
class ComposeBadInputTest {

  private static final Duration FAST = Duration.ofSeconds(10);

  @TempDir Path dir;

  private Diagnostic rejects(String yaml) {
    return rejects(Map.of("compose.yaml", yaml));
  }

  private Diagnostic rejects(Map<String, String> files) {
    TestProjects.write(dir, files);
    GenException e = assertTimeoutPreemptively(FAST,
        () -> assertThrows(GenException.class, () -> TestProjects.load(dir, "compose.yaml")));
    assertEquals(GenException.EXIT_INPUT, e.exitCode());
    Diagnostic d = e.first();
    assertTrue(d.location().isKnown(), "no location: " + d.format());
    return d;
  }

  private Diagnostic rejectsBytes(byte[] content) throws IOException {
    Files.write(dir.resolve("compose.yaml"), content);
    GenException e = assertTimeoutPreemptively(FAST,
        () -> assertThrows(GenException.class, () -> TestProjects.load(dir, "compose.yaml")));
    assertEquals(GenException.EXIT_INPUT, e.exitCode());
    return e.first();
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder sb = new StringBuilder("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      sb.append("x-").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(p);
      }
      sb.append("]\n");
    }
    sb.append("services:\n  a:\n    image: x\n");
    Diagnostic d = rejects(sb.toString());
    assertEquals("yaml.alias-budget", d.code());
    assertTrue(d.message().contains("aliases expand to more than"), d.message());
    assertEquals("compose.yaml", d.location().file());
    assertTrue(d.location().line() > 1);
  }

  @Test
  void mergeKeyBombsCountToo() {
    StringBuilder sb = new StringBuilder("x-0: &a0 {k0: v}\n");
    for (int i = 1; i <= 30; i++) {
      sb.append("x-").append(i).append(": &a").append(i).append(" {k").append(i).append(": [*a").append(i - 1)
          .append(", *a").append(i - 1).append("], <<: *a").append(i - 1).append("}\n");
    }
    Diagnostic d = rejects(sb + "services: {a: {image: x}}\n");
    assertEquals("yaml.alias-budget", d.code());
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "x-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\nservices: {a: {image: x}}\n";
    Diagnostic d = rejects(deep);
    assertTrue(d.message().contains("nested deeper than"), d.message());
    assertEquals(1, d.location().line());
    String deepMaps = "x-deep: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\nservices: {a: {image: x}}\n";
    Diagnostic d2 = rejects(deepMaps);
    assertTrue(d2.message().contains("nested deeper than"), d2.message());
  }

  @Test
  void recursiveAliasIsRefused() {
    Diagnostic d = rejects("services:\n  s: &s {image: x, environment: [*s]}\n");
    assertEquals("yaml.recursive-alias", d.code());
    assertTrue(d.message().startsWith("cycle detected: node at path services.s.environment[0]"), d.message());
    assertEquals(2, d.location().line());
  }

  @Test
  void fileOverTheSizeLimitIsNotRead() throws IOException {
    byte[] big = new byte[17 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) '#');
    Diagnostic d = rejectsBytes(big);
    assertEquals("file.too-large", d.code());
    assertTrue(d.message().contains("larger than 16 MiB"), d.message());
    assertEquals("compose.yaml", d.location().file());
  }

  @Test
  void invalidUtf8IsLocated() throws IOException {
    byte[] bytes = "services:\n  a:\n    image: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Diagnostic d = rejectsBytes(bytes);
    assertEquals("yaml.encoding", d.code());
    assertTrue(d.message().startsWith("invalid UTF-8 at byte offset 29 (byte 0xE9)"), d.message());
    assertEquals(3, d.location().line());
    assertEquals(15, d.location().column());
  }

  @Test
  void nulAndControlCharactersAreLocated() throws IOException {
    Diagnostic d = rejectsBytes("services:\n  a:\n    image: a\u0000b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("yaml.control-character", d.code());
    assertEquals("control character NUL is not allowed in a YAML file", d.message());
    assertEquals(3, d.location().line());
    assertEquals(13, d.location().column());
    Diagnostic bell = rejectsBytes("services: {a: {image: \"\u0007\"}}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("control character U+0007 is not allowed in a YAML file", bell.message());
  }

  @Test
  void nulInEnvFilesIsLocatedInTheEnvFile() throws IOException {
    Files.write(dir.resolve(".env"), "A=1\nB=x\u0000y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Diagnostic dotenv = rejects("services:\n  a:\n    image: x\n");
    assertEquals("yaml.control-character", dotenv.code());
    assertEquals(".env", dotenv.location().file());
    assertEquals(2, dotenv.location().line());
    assertEquals("control character NUL is not allowed in an env file", dotenv.message());
    Files.delete(dir.resolve(".env"));
    Files.write(dir.resolve("app.env"), "A=\u0000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Diagnostic envFile = rejects("services:\n  a:\n    image: x\n    env_file: app.env\n");
    assertEquals("app.env", envFile.location().file());
    assertEquals("control character NUL is not allowed in an env file", envFile.message());
  }

  @Test
  void aByteOrderMarkIsTolerated() throws IOException {
    Files.write(dir.resolve("compose.yaml"),
        "\uFEFFservices:\n  a:\n    image: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ComposeProject p = TestProjects.load(dir, "compose.yaml");
    assertTrue(p.model().getMap("services").has("a"));
  }

  @Test
  void duplicateKeysNameBothLocations() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    image: y\n");
    assertEquals("yaml.duplicate-key", d.code());
    assertEquals("mapping key \"image\" already defined at line 3", d.message());
    assertEquals(4, d.location().line());
    assertEquals("the first definition is at compose.yaml:3:5", d.hint());
  }

  @Test
  void unknownKeysAreRejectedAtTheKey() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    imagee: y\n");
    assertEquals("validating compose.yaml: services.a Additional property imagee is not allowed", d.message());
    assertEquals("services.a.imagee", d.keyPath());
    assertEquals(4, d.location().line());
  }

  @Test
  void wrongTypesAreRejected() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    ports: 80\n");
    assertEquals("validating compose.yaml: services.a.ports must be a list", d.message());
    assertEquals(4, d.location().line());
    assertEquals("services.a.ports", d.keyPath());
    Diagnostic e = rejects("services:\n  a:\n    image: x\n    environment: 5\n");
    assertEquals("validating compose.yaml: services.a.environment must be a mapping", e.message());
    Diagnostic f = rejects("services:\n  a:\n    image: x\n    privileged: 1\n");
    assertEquals("validating compose.yaml: services.a.privileged must be a boolean or string", f.message());
  }

  @Test
  void legacyVersionOneFilesAreRejected() {
    Diagnostic d = rejects("web:\n  image: nginx\n  links: [db]\ndb:\n  image: postgres\n");
    assertTrue(d.message().startsWith("validating compose.yaml: (root) Additional property"), d.message());
    assertEquals("compose.schema", d.code());
  }

  @Test
  void dependencyCyclesAreRejected() {
    Diagnostic d = rejects("services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [c]}\n"
        + "  c: {image: x, depends_on: [a]}\n");
    assertEquals("dependency cycle detected: a -> b -> c -> a", d.message());
    assertEquals(4, d.location().line());
  }

  @Test
  void extendsCyclesAreRejected() {
    Diagnostic d = rejects("services:\n  a: {extends: b, image: x}\n  b: {extends: a}\n");
    assertEquals("Circular reference:\n  a in compose.yaml\n  extends b in compose.yaml\n  extends a in compose.yaml",
        d.message());
  }

  @Test
  void includeCyclesAreRejected() {
    Diagnostic d = rejects(Map.of("compose.yaml", "include: [other.yaml]\nservices: {a: {image: x}}\n",
        "other.yaml", "include: [compose.yaml]\nservices: {b: {image: x}}\n"));
    assertEquals("include cycle detected:\ncompose.yaml\n include other.yaml\n include compose.yaml", d.message());
  }

  @Test
  void aDirectoryWhereAFileIsExpected() throws IOException {
    Files.createDirectories(dir.resolve("compose.yaml"));
    GenException e = assertThrows(GenException.class, () -> TestProjects.load(dir, "compose.yaml"));
    assertEquals(GenException.EXIT_INPUT, e.exitCode());
    assertTrue(e.first().message().endsWith("is a directory, not a compose file"), e.first().message());
    Path other = dir.resolve("other");
    TestProjects.write(other, Map.of("compose.yaml", "services:\n  a:\n    image: x\n    env_file: conf\n",
        "conf/x", ""));
    GenException env = assertThrows(GenException.class, () -> TestProjects.load(other, "compose.yaml"));
    assertEquals("conf is a directory, not a file", env.first().message());
    assertEquals(4, env.first().location().line());
  }

  /** A FIFO would block in open() until something writes to it; /dev/zero never ends. */
  @Test
  void aFifoOrADeviceIsNotRead() throws Exception {
    Path fifo = dir.resolve("compose.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Diagnostic d = rejectsLoad("compose.yaml");
    assertEquals("file.not-regular", d.code());
    assertTrue(d.message().endsWith("is not a regular file (a FIFO, a socket or a device); gen reads only regular files"),
        d.message());
    Files.delete(fifo);
    TestProjects.write(dir, Map.of("compose.yaml", "services:\n  a:\n    image: x\n    env_file: /dev/zero\n"));
    Diagnostic env = rejectsLoad("compose.yaml");
    assertEquals("file.not-regular", env.code());
    assertEquals(4, env.location().line());
    Diagnostic device = rejectsLoad("/dev/zero");
    assertEquals("file.not-regular", device.code());
  }

  private Diagnostic rejectsLoad(String file) {
    GenException e = assertTimeoutPreemptively(FAST,
        () -> assertThrows(GenException.class, () -> TestProjects.load(dir, file)));
    assertEquals(GenException.EXIT_INPUT, e.exitCode());
    return e.first();
  }

  @Test
  void aMissingFile() {
    GenException e = assertThrows(GenException.class, () -> TestProjects.load(dir, "nope.yaml"));
    assertEquals(GenException.EXIT_INPUT, e.exitCode());
    assertEquals("open " + dir.resolve("nope.yaml") + ": no such file or directory", e.first().message());
    assertTrue(e.first().location().isKnown());
  }

  @Test
  void aMissingEnvFile() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    env_file: nope.env\n");
    assertEquals("env file nope.env not found: stat nope.env: no such file or directory", d.message());
    assertEquals(4, d.location().line());
    assertEquals("services.a.env_file[0]", d.keyPath());
  }

  @Test
  void brokenYamlIsLocated() {
    Diagnostic d = rejects("services:\n  a:\n    image: [x\n");
    assertEquals("yaml.syntax", d.code());
    assertTrue(d.message().startsWith("invalid YAML"), d.message());
    assertTrue(d.location().line() >= 3, d.format());
  }

  @Test
  void longKeysAreRefused() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    labels:\n      ? " + "k".repeat(5000) + "\n      : v\n");
    assertEquals("yaml.key-too-long", d.code());
  }

  @Test
  void nonStringKeysAreRefused() {
    Diagnostic d = rejects("services:\n  a:\n    image: x\n    environment: {1: a}\n");
    assertEquals("Non-string key in services.a.environment: 1", d.message());
  }

  @Test
  void hostileValuesPassThroughLiterally() {
    var model = TestProjects.model(dir, "services:\n  a:\n    image: x\n    environment:\n"
        + "      A: \"$$(rm -rf /) `id` ../../etc/passwd\"\n      B: \"quote \\\" and\\nnewline\"\n");
    var env = TestProjects.service(model, "a").get("environment");
    assertEquals("$(rm -rf /) `id` ../../etc/passwd", env.get("A").asString());
    assertEquals("quote \" and\nnewline", env.get("B").asString());
  }
}
