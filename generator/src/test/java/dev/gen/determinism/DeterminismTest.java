package dev.gen.determinism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.input.InputLoader;
import dev.gen.input.InputRequest;
import dev.gen.model.Project;
import dev.gen.testing.AllTargets;
import dev.gen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, byte-identical output: every fixture through every target twice in one JVM; and once here and once in
 * a forked JVM with another time zone (Pacific/Chatham, +12:45/+13:45), locale (Turkish: {@code "I".toLowerCase()}
 * is a dotless i without {@code Locale.ROOT}) and default encoding (ISO-8859-1), reading a copy of the fixtures whose
 * directory listings come in the opposite order (a tmpfs lists the newest entry first, so the copy is made in the
 * opposite order).
 */
class DeterminismTest {

  /** Where directory listings follow the order entries were made in: a tmpfs, when there is one. */
  private static final Path TMPFS = Path.of("/dev/shm");

  @TempDir Path tmp;

  @Test
  void everyFixtureThroughEveryTargetTwiceGivesTheSameFiles() {
    for (String fixture : Fixtures.projects()) {
      List<String> first = new ArrayList<>();
      List<String> second = new ArrayList<>();
      for (List<String> run : List.of(first, second)) {
        Diagnostics diagnostics = new Diagnostics();
        Project project = new InputLoader().load(InputRequest.of(List.of(Fixtures.fixture(fixture)),
            Fixtures.root(), Map.of()), diagnostics);
        diagnostics.all().forEach(d -> run.add(d.format()));
        for (AllTargets.Output output : AllTargets.all()) {
          try {
            run.add(output.name() + "\n" + output.generate().apply(project, diagnostics).toSnapshot());
          } catch (GenException e) {
            // an output gen refuses to make is refused the same way every time
            e.diagnostics().forEach(d -> run.add(output.name() + ": " + d.format()));
          }
        }
        diagnostics.all().forEach(d -> run.add(d.format()));
      }
      assertEquals(first, second, fixture);
    }
  }

  @Test
  void anotherTimeZoneLocaleEncodingAndListingOrderGiveTheSameFiles() throws Exception {
    Path base = Files.isDirectory(TMPFS) && Files.isWritable(TMPFS)
        ? Files.createTempDirectory(TMPFS, "gen-determinism-") : tmp;
    try {
      Path fixtures = base.resolve("fixtures");
      copy(Fixtures.root(), fixtures, Comparator.naturalOrder());
      Path here = tmp.resolve("here");
      OutputDump.dump(fixtures, here);

      deleteTree(fixtures);
      copy(Fixtures.root(), fixtures, Comparator.reverseOrder());
      Path there = tmp.resolve("there");
      Path log = tmp.resolve("fork.log");
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Duser.timezone=Pacific/Chatham", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
          "-Dsun.jnu.encoding=ISO-8859-1", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
          "-cp", System.getProperty("java.class.path"), OutputDump.class.getName(), fixtures.toString(),
          there.toString());
      Process fork = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertTrue(fork.waitFor(120, TimeUnit.SECONDS), "the forked JVM did not finish");
      assertEquals(0, fork.exitValue(), Files.readString(log));

      List<String> files = relativeFiles(here);
      assertTrue(files.size() > 100, "the dump holds every output: " + files.size());
      List<String> thereFiles = relativeFiles(there);
      assertEquals(files, thereFiles, () -> "the same files; only here: " + files.stream()
          .filter(f -> !thereFiles.contains(f)).toList() + ", only there: " + thereFiles.stream()
          .filter(f -> !files.contains(f)).toList());
      for (String f : files) {
        assertArrayEquals(Files.readAllBytes(here.resolve(f)), Files.readAllBytes(there.resolve(f)),
            () -> f + " differs:\n--- here\n" + text(here.resolve(f)) + "\n--- there\n" + text(there.resolve(f)));
      }
    } finally {
      if (!base.equals(tmp)) {
        deleteTree(base);
      }
    }
  }

  /** Copies a tree, making the entries of every directory in {@code order}. */
  private static void copy(Path from, Path to, Comparator<String> order) throws IOException {
    Files.createDirectories(to);
    List<Path> children;
    try (Stream<Path> s = Files.list(from)) {
      // the conformance suites are no project of gen's own
      children = s.filter(p -> !p.getFileName().toString().equals("conformance"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString(), order)).toList();
    }
    for (Path child : children) {
      Path target = to.resolve(child.getFileName().toString());
      if (Files.isDirectory(child)) {
        copy(child, target, order);
      } else {
        Files.copy(child, target);
      }
    }
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private static String text(Path p) {
    try {
      String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
