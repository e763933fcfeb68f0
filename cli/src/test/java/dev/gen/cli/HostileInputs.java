package dev.gen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of hostile inputs the bad-input suite runs against every subcommand: each prepares a project
 * directory (with a directory {@code outside} beside it that nothing may touch, and a secret there) and says, per
 * subcommand, what gen must do with it: work (the value passes through literally), or stop with a clear, located
 * error. {@link HostileInputTest} runs them.
 */
final class HostileInputs {

  /** Text that must never reach an output file or stdout: it is in a secret file and in the environment. */
  static final String CANARY = "CANARY-7f3d-never-in-the-output";

  /** What gen must do with an input. */
  enum Kind {
    /** exit 0. */
    WORKS,
    /** exit 1, with a located error. */
    FAILS,
    /** exit 2, a usage error. */
    USAGE
  }

  /** What gen must do, and a piece of the error message when it fails. */
  record Outcome(Kind kind, String message) {
    static final Outcome WORKS = new Outcome(Kind.WORKS, "");

    static Outcome fails(String message) {
      return new Outcome(Kind.FAILS, message);
    }
  }

  /** Prepares the project below {@code project}; returns gen's input arguments (files, {@code -f}...). */
  interface Setup {
    List<String> prepare(Path project, Path outside) throws Exception;
  }

  /** One hostile input: its outcome for every subcommand, with exceptions by subcommand name. */
  record Case(String name, Setup setup, Outcome otherwise, Map<String, Outcome> bySubcommand) {
    Outcome outcome(String subcommand) {
      return bySubcommand.getOrDefault(subcommand, otherwise);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A subcommand as the suite runs it: its arguments, and whether it writes below {@code out} (a directory, or for
   * {@code gen graph} a file in it).
   */
  record Subcommand(String name, List<String> args, boolean writes, String output) {
    Subcommand(String name, List<String> args, boolean writes) {
      this(name, args, writes, "out");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("config", List.of("config"), false),
      new Subcommand("model", List.of("model"), false),
      new Subcommand("charm-k8s", List.of("charm"), true),
      new Subcommand("charm-machine", List.of("charm", "--flavour", "machine"), true),
      new Subcommand("bundle-k8s", List.of("bundle"), true),
      new Subcommand("bundle-machine", List.of("bundle", "--flavour", "machine"), true),
      new Subcommand("blueprint-vm", List.of("blueprint"), true),
      new Subcommand("blueprint-container", List.of("blueprint", "--style", "container"), true),
      new Subcommand("graph-svg", List.of("graph"), true, "out/graph.svg"),
      new Subcommand("graph-dot", List.of("graph", "--format", "dot"), true, "out/graph.dot"),
      new Subcommand("report", List.of("report"), true));

  /** The subcommands that make charms or bundles: they name charms after services. */
  private static final List<String> CHARMS = List.of("charm-k8s", "charm-machine", "bundle-k8s", "bundle-machine");

  private static final List<String> BLUEPRINTS = List.of("blueprint-vm", "blueprint-container");

  private static final String SIMPLE = "services:\n  web:\n    image: nginx:1.27\n";

  private HostileInputs() {}

  /** Every compose-level hostile input. */
  static List<Case> composeCases() {
    List<Case> cases = new ArrayList<>();
    cases.add(fails("alias bomb (billion laughs)", compose(billionLaughs()), "aliases expand to more than"));
    cases.add(fails("merge-key bomb", compose(mergeBomb()), "aliases expand to more than"));
    cases.add(fails("100000 nested flow sequences", compose("services:\n  a:\n    image: x\n    labels: "
        + "[".repeat(100_000) + "\n"), "nest"));
    cases.add(fails("2000 nested block mappings", compose(deepBlock(2000)), "nest"));
    cases.add(fails("a 50 MB compose file", (project, outside) -> {
      sparse(project.resolve("compose.yaml"), 50L << 20);
      return List.of("-f", "compose.yaml");
    }, "is larger than"));
    cases.add(fails("invalid UTF-8", composeBytes(bytes(SIMPLE + "    labels: {a: \"caf", 0xC3, 0x28, "\"}\n")),
        "invalid UTF-8"));
    cases.add(fails("UTF-16", composeBytes(bytes("", 0xFF, 0xFE, "s\0e\0r\0")), "UTF-16"));
    cases.add(fails("a NUL byte", composeBytes(bytes(SIMPLE + "    user: \"a", 0, "b\"\n")), "NUL"));
    cases.add(fails("a directory where the compose file is expected", (project, outside) -> {
      Files.createDirectories(project.resolve("compose.yaml/inner"));
      // a directory given as input is a project directory: this one has no compose file
      return List.of("-f", "compose.yaml");
    }, "compose.yaml"));
    cases.add(fails("a FIFO as the compose file", (project, outside) -> {
      mkfifo(project.resolve("compose.yaml"));
      return List.of("-f", "compose.yaml");
    }, "is not a regular file"));
    cases.add(fails("an endless device as the compose file", (project, outside) -> List.of("-f", "/dev/zero"),
        "is not a regular file"));
    cases.add(new Case("an unreadable compose file", (project, outside) -> {
      Path file = Files.writeString(project.resolve("compose.yaml"), SIMPLE);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      // root reads it anyway, and then it is an ordinary file
      return List.of("-f", "compose.yaml");
    }, "root".equals(System.getProperty("user.name")) ? Outcome.WORKS : Outcome.fails("cannot read"), Map.of()));
    cases.add(fails("a compose file that includes itself",
        compose("include:\n  - compose.yaml\n" + SIMPLE), "include cycle"));
    cases.add(fails("two files that include each other", (project, outside) -> {
      Files.writeString(project.resolve("b.yaml"), "include:\n  - compose.yaml\nservices:\n  b:\n    image: b\n");
      Files.writeString(project.resolve("compose.yaml"), "include:\n  - b.yaml\n" + SIMPLE);
      return List.of("-f", "compose.yaml");
    }, "include cycle"));
    cases.add(fails("extends itself", compose("services:\n  web:\n    image: x\n    extends: web\n"), "Circular reference"));
    cases.add(fails(".env with a NUL byte", (project, outside) -> {
      Files.write(project.resolve(".env"), bytes("TAG=1\nB=x", 0, "y\n"));
      Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:${TAG}\n");
      return List.of("-f", "compose.yaml");
    }, "NUL is not allowed in an env file"));
    cases.add(fails("env_file with a NUL byte", (project, outside) -> {
      Files.write(project.resolve("app.env"), bytes("A=", 0, "\n"));
      Files.writeString(project.resolve("compose.yaml"), SIMPLE + "    env_file: app.env\n");
      return List.of("-f", "compose.yaml");
    }, "NUL is not allowed in an env file"));
    cases.add(fails("env_file that is a FIFO", (project, outside) -> {
      mkfifo(project.resolve("app.env"));
      Files.writeString(project.resolve("compose.yaml"), SIMPLE + "    env_file: app.env\n");
      return List.of("-f", "compose.yaml");
    }, "is not a regular file"));
    cases.add(fails("--env-file that is a directory", (project, outside) -> {
      Files.writeString(project.resolve("compose.yaml"), SIMPLE);
      Files.createDirectories(project.resolve("env.d"));
      return List.of("-f", "compose.yaml", "--env-file", "env.d");
    }, "is a directory"));
    for (String name : List.of("../evil", "a/b", "a b", "日本", "web\\nx", "", "a\u202eb")) {
      cases.add(fails("service name " + javaString(name), compose("services:\n  \"" + name + "\":\n    image: x\n"),
          "services"));
    }
    cases.add(works("service names that are reserved words", compose("services:\n"
        + String.join("", List.of("class", "def", "import", "\"True\"", "\"null\"", "none", "juju", "\"0\"", "exec")
            .stream().map(n -> "  " + n + ":\n    image: x\n").toList()))));
    cases.add(new Case("a service name of dots only", compose(
        "services:\n  \"..\":\n    image: x\n"), Outcome.WORKS,
        byName(BLUEPRINTS, Outcome.fails("cannot be an entity id"))));
    cases.add(new Case("a service name that starts with a dash", compose(
        "services:\n  -x:\n    image: x\n"), Outcome.WORKS,
        byName(BLUEPRINTS, Outcome.fails("cannot be an entity id"))));
    cases.add(new Case("names that collide after sanitising (web_1, web-1)", compose(
        "services:\n  web_1:\n    image: x\n  web-1:\n    image: y\n"), Outcome.WORKS,
        byName(CHARMS, Outcome.fails("both become the charm"))));
    cases.add(new Case("names that collide after sanitising (Web, web)", compose(
        "services:\n  Web:\n    image: x\n  web:\n    image: y\n"), Outcome.WORKS,
        byName(CHARMS, Outcome.fails("both become the charm"))));
    cases.add(new Case("a project name with ../", (project, outside) -> {
      Files.writeString(project.resolve("compose.yaml"), SIMPLE);
      return List.of("-f", "compose.yaml", "-p", "../evil");
    }, new Outcome(Kind.USAGE, "invalid project name"), Map.of()));
    cases.add(new Case("build contexts and Dockerfiles outside the project", (project, outside) -> {
      Files.writeString(outside.resolve("Dockerfile"), "FROM alpine\nEXPOSE 8080\n");
      Files.writeString(project.resolve("compose.yaml"), "services:\n"
          + "  up:\n    build: ../outside\n"
          + "  root:\n    build:\n      context: /\n      dockerfile: nonexistent/Dockerfile\n"
          + "  passwd:\n    build:\n      context: .\n      dockerfile: ../outside/sys/passwd\n");
      return List.of("-f", "compose.yaml");
    }, Outcome.WORKS, byName(List.of("charm-machine", "bundle-machine"),
        Outcome.fails("must be relative paths inside the repository"))));
    cases.add(works("volume sources outside the project and at /", compose(SIMPLE + "    volumes:\n"
        + "      - /:/host\n      - ../outside:/outside:ro\n      - ~/.ssh:/ssh\n      - ../../../../etc:/etc2\n"
        + "      - type: bind\n        source: ../outside/secret.txt\n        target: /run/x\n")));
    cases.add(works("secrets and configs in weird places", (project, outside) -> {
      Files.writeString(project.resolve("compose.yaml"), SIMPLE + "    secrets:\n      - s1\n"
          + "      - source: s2\n        target: ../../etc/shadow\n      - s3\n    configs:\n      - c1\n"
          + "secrets:\n  s1:\n    file: ../outside/secret.txt\n  s2:\n    file: /\n  s3:\n    environment: SECRET_VAR\n"
          + "configs:\n  c1:\n    file: /etc/passwd\n");
      return List.of("-f", "compose.yaml");
    }));
    cases.add(works("values with quotes, newlines, $(), backticks and unicode controls", compose(SIMPLE
        + "    environment:\n"
        + "      Q: \"it's \\\"quoted\\\" $$(touch /tmp/gen-pwned) `touch /tmp/gen-pwned` ; rm -rf / && x\"\n"
        + "      NL: \"line one\\nline two\\r\\n\\ttab\\u2028\\u2029\\u0085\"\n"
        + "      BIDI: \"\\u202eevil\\u202c \\u200b \\ufeff \\U0001F680\"\n"
        + "      YAML: \"- [a]: {b: c} # x\\n--- \\n...\"\n"
        + "      DSL: \"$$brooklyn:config(\\\"x\\\") {{mustache}} %s %n\"\n"
        + "    labels:\n      \"x.$$(id)\": \"`id`\"\n"
        + "    command: [\"sh\", \"-c\", \"echo \\\"$$HOME\\\" `id` $$(id) '\\\\''\", \"-e\", \"--\"]\n"
        + "    working_dir: \"/srv/it's $$(id)\"\n    user: \"1000:1000\"\n")));
    cases.add(fails("an include outside the project that is no compose file", compose(
        "include:\n  - ../outside/secret.txt\n" + SIMPLE), "secret.txt"));
    cases.add(fails("extends from /etc/passwd", compose(
        "services:\n  web:\n    extends:\n      file: /etc/passwd\n      service: root\n"), "passwd"));
    cases.add(fails("a compose file that is a symbolic link to /etc/passwd", (project, outside) -> {
      Files.createSymbolicLink(project.resolve("compose.yaml"), Path.of("/etc/passwd"));
      return List.of("-f", "compose.yaml");
    }, "must be a mapping"));
    cases.add(works("a value of 128 KiB", compose(SIMPLE + "    environment:\n      BIG: \""
        + "x$$(id)`".repeat(1 << 14) + "\"\n")));
    cases.add(fails("a key of 100000 characters", compose(SIMPLE + "    labels:\n      " + "k".repeat(100_000)
        + ": v\n"), "invalid YAML"));
    return cases;
  }

  /** Dockerfile-level hostile inputs, for every subcommand that reads a Dockerfile and for {@code gen init}. */
  static List<Case> dockerfileCases() {
    List<Case> cases = new ArrayList<>();
    cases.add(dockerfileFails("a Dockerfile with a NUL byte", bytes("FROM alpine\nENV A=", 0, "\n"), "NUL"));
    cases.add(dockerfileFails("a Dockerfile with invalid UTF-8", bytes("FROM alpine\nLABEL a=", 0xFF, "\n"),
        "UTF-8"));
    cases.add(new Case("a 50 MB Dockerfile", (project, outside) -> {
      sparse(project.resolve("app/Dockerfile"), 50L << 20);
      return List.of("app/Dockerfile");
    }, Outcome.fails("larger than"), Map.of()));
    cases.add(new Case("a Dockerfile that is a FIFO", (project, outside) -> {
      Files.createDirectories(project.resolve("app"));
      mkfifo(project.resolve("app/Dockerfile"));
      return List.of("app/Dockerfile");
    }, Outcome.fails("is not a regular file"), Map.of()));
    cases.add(dockerfileFails("a variable substitution bomb", bytes("FROM alpine\nARG A=aaaaaaaaaaaaaaaa\n"
        + "ARG B=${A}${A}${A}${A}${A}${A}${A}${A}\nARG C=${B}${B}${B}${B}${B}${B}${B}${B}\n"
        + "ARG D=${C}${C}${C}${C}${C}${C}${C}${C}\nARG E=${D}${D}${D}${D}${D}${D}${D}${D}\n"
        + "ARG F=${E}${E}${E}${E}${E}${E}${E}${E}\nARG G=${F}${F}${F}${F}${F}${F}${F}${F}\n"
        + "ARG H=${G}${G}${G}${G}${G}${G}${G}${G}\nENV X=${H}${H}${H}${H}${H}${H}${H}${H}\n"), ""));
    cases.add(new Case("hostile values in a Dockerfile", dockerfile(bytes("FROM alpine\n"
        + "ENV Q=\"it's \\\"q\\\" $(touch /tmp/gen-pwned) `id`\" NL=\"a\\\nb\"\n"
        + "LABEL \"x.$(id)\"=\"`id` \u202e\"\nWORKDIR \"/srv/it's\"\nEXPOSE 8080\nUSER 1000\n"
        + "CMD [\"sh\", \"-c\", \"echo \\\"$HOME\\\" `id` $(id)\"]\n")), Outcome.WORKS, Map.of()));
    cases.add(new Case("a Dockerfile that copies from outside the context", dockerfile(bytes(
        "FROM alpine\nCOPY ../../../etc/passwd /x\nADD /etc/shadow /y\nEXPOSE 80\nCMD [\"x\"]\n")),
        Outcome.WORKS, Map.of()));
    return cases;
  }

  private static Case fails(String name, Setup setup, String message) {
    return new Case(name, setup, Outcome.fails(message), Map.of());
  }

  private static Case works(String name, Setup setup) {
    return new Case(name, setup, Outcome.WORKS, Map.of());
  }

  private static Case dockerfileFails(String name, byte[] content, String message) {
    return new Case(name, dockerfile(content), Outcome.fails(message), Map.of());
  }

  private static Map<String, Outcome> byName(List<String> names, Outcome outcome) {
    Map<String, Outcome> m = new java.util.LinkedHashMap<>();
    names.forEach(n -> m.put(n, outcome));
    return m;
  }

  private static Setup compose(String text) {
    return composeBytes(text.getBytes(UTF_8));
  }

  private static Setup composeBytes(byte[] content) {
    return (project, outside) -> {
      Files.write(project.resolve("compose.yaml"), content);
      return List.of("-f", "compose.yaml");
    };
  }

  /** A Dockerfile in {@code app/}, given as the input. */
  private static Setup dockerfile(byte[] content) {
    return (project, outside) -> {
      Files.createDirectories(project.resolve("app"));
      Files.write(project.resolve("app/Dockerfile"), content);
      return List.of("app/Dockerfile");
    };
  }

  /** Text and bytes, joined: strings as UTF-8, integers as single bytes. */
  static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof Integer i) {
        out.write(i);
      } else {
        out.writeBytes(p.toString().getBytes(UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append("x-").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    return sb.append("services:\n  web:\n    image: x\n    labels: {bomb: *j}\n").toString();
  }

  private static String mergeBomb() {
    StringBuilder sb = new StringBuilder("x-0: &m0 {a0: 1, b0: 2, c0: 3, d0: 4}\n");
    for (int i = 1; i < 20; i++) {
      sb.append("x-").append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1).append(", *m")
          .append(i - 1).append("], k").append(i).append(": {<<: *m").append(i - 1).append("}}\n");
    }
    return sb.append("services:\n  web:\n    image: x\n    x-bomb: *m19\n").toString();
  }

  private static String deepBlock(int depth) {
    StringBuilder sb = new StringBuilder("services:\n  web:\n    image: x\n    labels:\n");
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(6 + i)).append("k:\n");
    }
    return sb.toString();
  }

  /** A file of {@code size} bytes that takes no disk space (a hole). */
  static void sparse(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("services:\n  web:\n    image: x\n    labels:\n      a: ".getBytes(UTF_8));
      f.setLength(size);
    }
  }

  static void mkfifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    Process p = new ProcessBuilder("mkfifo", path.toString()).start();
    if (p.waitFor() != 0) {
      throw new IOException("mkfifo " + path + " failed");
    }
  }

  private static String javaString(String s) {
    StringBuilder sb = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.append('\'').toString();
  }
}
