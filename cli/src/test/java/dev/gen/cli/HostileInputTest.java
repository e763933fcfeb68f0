package dev.gen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gen.cli.HostileInputs.Case;
import dev.gen.cli.HostileInputs.Kind;
import dev.gen.cli.HostileInputs.Outcome;
import dev.gen.cli.HostileInputs.Subcommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite: every hostile input of {@link HostileInputs} through every subcommand, as a user runs gen
 * ({@link Main#run}). For each run: the exit code; on failure one clear, located error line (never a stack trace or
 * an internal error); no hang (a time limit); nothing written, created or deleted outside the output directory (a
 * snapshot of the whole temporary root before and after); no symbolic link in the output; and the secret canary in
 * no output file and not on stdout.
 */
@Execution(ExecutionMode.CONCURRENT) // every run has a temporary root of its own
class HostileInputTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  /** An error line: {@code file[:line[:column]]: error: message}. */
  private static final Pattern LOCATED_ERROR = Pattern.compile("^(?!gen: )\\S.*?(:\\d+(:\\d+)?)?: error: \\S.*$");

  @TempDir Path root;

  private Path project;
  private Path outside;

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(root.resolve("project"));
    outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), HostileInputs.CANARY + "\n");
    Files.createDirectories(outside.resolve("sys"));
    Files.writeString(outside.resolve("sys/passwd"), "root:x:0:0::/root:/bin/sh\n");
  }

  /** Links to /etc and the like go first: JUnit warns about links that lead out of a temporary directory. */
  @AfterEach
  void removeLinks() throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isSymbolicLink).toList()) {
        Files.delete(p);
      }
    }
  }

  static Stream<Arguments> composeRuns() {
    return HostileInputs.composeCases().stream()
        .flatMap(c -> HostileInputs.SUBCOMMANDS.stream().map(s -> Arguments.of(c, s)));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("composeRuns")
  void composeInput(Case hostile, Subcommand subcommand) throws Exception {
    List<String> inputs = hostile.setup().prepare(project, outside);
    run(subcommand, inputs, hostile.outcome(subcommand.name()));
  }

  static Stream<Arguments> dockerfileRuns() {
    List<Subcommand> all = new ArrayList<>(HostileInputs.SUBCOMMANDS);
    all.add(new Subcommand("init-k8s", List.of("init"), true));
    all.add(new Subcommand("init-machine", List.of("init", "--flavour", "machine"), true));
    return HostileInputs.dockerfileCases().stream().flatMap(c -> all.stream().map(s -> Arguments.of(c, s)));
  }

  /** Dockerfiles through every subcommand; {@code gen config} reads compose files only, so it always refuses one. */
  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("dockerfileRuns")
  void dockerfileInput(Case hostile, Subcommand subcommand) throws Exception {
    List<String> inputs = hostile.setup().prepare(project, outside);
    if (subcommand.name().startsWith("init")) {
      inputs = List.of("--dockerfile", inputs.get(0));
    }
    Outcome outcome = subcommand.name().equals("config") && hostile.otherwise().kind() == Kind.WORKS
        ? Outcome.fails("") : hostile.outcome(subcommand.name());
    run(subcommand, inputs, outcome);
  }

  /** The subcommands that write a directory ({@code gen graph} writes one file: its own tests cover it). */
  static Stream<Subcommand> writers() {
    return Stream.concat(HostileInputs.SUBCOMMANDS.stream().filter(s -> s.writes() && s.output().equals("out")),
        Stream.of(new Subcommand("init-k8s", List.of("init", "--image", "nginx:1.27"), true),
            new Subcommand("init-machine", List.of("init", "--image", "nginx:1.27", "--flavour", "machine"), true)));
  }

  private List<String> simpleProject(Subcommand subcommand) throws IOException {
    Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
    return subcommand.name().startsWith("init") ? List.of() : List.of("-f", "compose.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anOutputDirectoryThatIsASymbolicLinkToASystemDirectoryIsRefused(Subcommand subcommand) throws Exception {
    Files.createSymbolicLink(project.resolve("out"), outside.resolve("sys"));
    run(subcommand, simpleProject(subcommand), Outcome.fails("is a symbolic link"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aSymbolicLinkInsideTheOutputDirectoryIsRefused(Subcommand subcommand) throws Exception {
    // every writer writes its manifest at .gen/FILES: a link there leads the write outside
    Files.createDirectories(project.resolve("out"));
    Files.createSymbolicLink(project.resolve("out/.gen"), outside.resolve("sys"));
    run(subcommand, simpleProject(subcommand), Outcome.fails("symbolic link"));
    Files.delete(project.resolve("out/.gen"));
    Files.createDirectories(project.resolve("out/.gen"));
    Files.createSymbolicLink(project.resolve("out/.gen/FILES"), outside.resolve("sys/passwd"));
    run(subcommand, simpleProject(subcommand), Outcome.fails("symbolic link"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anOutputPathThatIsAFileOrADeviceIsRefused(Subcommand subcommand) throws Exception {
    Files.writeString(project.resolve("out"), "mine\n");
    run(subcommand, simpleProject(subcommand), Outcome.fails("not a directory"));
    runTo(subcommand, simpleProject(subcommand), "/dev/null", Outcome.fails("not a directory"), project.resolve("out"));
  }

  /** {@code -o sub/../out} is the directory {@code out}: gen writes there and nowhere else. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anOutputPathWithDotDotIsTheDirectoryItNames(Subcommand subcommand) throws Exception {
    Files.createDirectories(project.resolve("sub"));
    runTo(subcommand, simpleProject(subcommand), "sub/../out", Outcome.WORKS, project.resolve("out"));
    assertTrue(Files.isRegularFile(project.resolve("out/.gen/FILES")));
  }

  /** A name with a newline, quotes and {@code $()} is a directory name like any other. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void anOutputPathWithHostileCharactersIsTakenLiterally(Subcommand subcommand) throws Exception {
    String name = "out $(touch x) `id`\n'\"";
    runTo(subcommand, simpleProject(subcommand), name, Outcome.WORKS, project.resolve(name));
    assertTrue(Files.isRegularFile(project.resolve(name).resolve(".gen/FILES")));
  }

  @Test
  void initRefusesHostileImagesAndNames() throws Exception {
    Subcommand init = new Subcommand("init", List.of("init"), true);
    for (String image : List.of("$(id)", "`id`", "../../etc", "nginx; rm -rf /", "a\nb", "", "-x", "acme/UPPER")) {
      run(init, List.of("--image", image), new Outcome(Kind.USAGE, ""));
    }
    for (String name : List.of("../x", "a/b", "$(id)", "a b", "", "x\ny", "..")) {
      run(init, List.of("--image", "nginx", "--name", name), new Outcome(Kind.USAGE, ""));
    }
    run(init, List.of("--dockerfile", "/dev/zero"), Outcome.fails("is not a regular file"));
    // a value picocli quotes in its own message
    run(init, List.of("--image", "nginx", "--flavour", "k8s\ngen: error: forged"), new Outcome(Kind.USAGE, ""));
    Files.createDirectories(project.resolve("app"));
    run(init, List.of("--dockerfile", "app"), Outcome.fails("a directory"));
  }

  private void run(Subcommand subcommand, List<String> inputs, Outcome expected) throws Exception {
    runTo(subcommand, inputs, subcommand.output(), expected, project.resolve("out"));
  }

  /**
   * Runs gen and checks everything the suite promises.
   *
   * @param output the {@code -o} argument of a writing subcommand
   * @param written the directory gen may write into (everything else under the temporary root must stay as it was)
   */
  private void runTo(Subcommand subcommand, List<String> inputs, String output, Outcome expected, Path written)
      throws Exception {
    List<String> args = new ArrayList<>(subcommand.args());
    args.addAll(inputs);
    if (subcommand.writes()) {
      args.addAll(List.of("-o", output));
    }
    // a failed run leaves even its output directory as it was: no partial output
    Path mayChange = expected.kind() == Kind.WORKS ? written : null;
    Map<String, String> before = TreeSnapshot.of(root, mayChange);
    GenRunner gen = GenRunner.in(project).env(Map.of("SECRET_VAR", HostileInputs.CANARY,
        "HOME", root.resolve("home").toString(), "NO_COLOR", "1"));
    GenRunner.Result r = assertTimeoutPreemptively(LIMIT, () -> gen.run(args.toArray(String[]::new)),
        () -> "gen " + args + " did not finish in " + LIMIT.toSeconds() + " s");
    String context = "gen " + String.join(" ", args) + "\n" + r;

    assertFalse(r.err().contains("internal error"), context);
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Error:"), context);
    switch (expected.kind()) {
      case WORKS -> assertEquals(0, r.code(), context);
      case USAGE -> {
        assertEquals(2, r.code(), context);
        String error = errorLine(r.err().replaceFirst("\nTry 'gen .*\n$", "\n"), context);
        assertTrue(error.startsWith("gen: error: ") || LOCATED_ERROR.matcher(error).matches(), context);
        assertTrue(error.contains(expected.message()), "expected '" + expected.message() + "' in: " + error);
      }
      case FAILS -> {
        assertEquals(1, r.code(), context);
        String error = errorLine(r.err(), context);
        assertTrue(LOCATED_ERROR.matcher(error).matches(), "not a located error line: " + error + "\n" + context);
        assertTrue(error.contains(expected.message()), "expected '" + expected.message() + "' in: " + error);
      }
      default -> fail(expected.toString());
    }
    assertEquals(before, TreeSnapshot.of(root, mayChange), mayChange == null
        ? "a failed run changed files: " + context : "gen changed something outside its output: " + context);
    assertFalse(r.out().contains(HostileInputs.CANARY), "a secret on stdout: " + context);
    if (mayChange != null && Files.isDirectory(written, LinkOption.NOFOLLOW_LINKS)) {
      checkOutput(written, context);
    }
  }

  /** The line of the error that stopped gen: the last line that is not indented (warnings come before it). */
  private static String errorLine(String err, String context) {
    List<String> top = err.lines().filter(l -> !l.isEmpty() && !Character.isWhitespace(l.charAt(0))).toList();
    assertFalse(top.isEmpty(), "no error message: " + context);
    for (String line : top.subList(0, top.size() - 1)) {
      assertTrue(line.contains(": warning: ") || line.contains(": notice: "), "an unexpected line: " + line
          + "\n" + context);
    }
    return top.get(top.size() - 1);
  }

  /** The output holds regular files and directories only, and no secret. */
  private static void checkOutput(Path out, String context) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.toList()) {
        assertFalse(Files.isSymbolicLink(p), "a symbolic link in the output: " + p + "\n" + context);
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          assertFalse(new String(Files.readAllBytes(p), UTF_8).contains(HostileInputs.CANARY),
              "a secret in " + p + "\n" + context);
        }
      }
    }
  }
}
