package dev.gen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./gen} launcher's class archive (docs/performance.md): made on first use under
 * {@code XDG_CACHE_HOME/gen/}, used afterwards, a broken one ignored without a word, and gen's output the same with
 * and without it, from any directory, with spaces in every path. The launcher and the packaged jar are copied into
 * a directory whose name has spaces (the launcher only builds when sources newer than the jar are there to build).
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

  private Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(temp.toFile());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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

  @Test
  void usageErrorsKeepTheirExitCodeAndStreams() throws Exception {
    Run r = run(Map.of(), "no-such-command");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no-such-command"), r.err());
  }
}
