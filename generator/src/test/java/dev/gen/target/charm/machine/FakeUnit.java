package dev.gen.target.charm.machine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gen.render.Escapers;
import dev.gen.render.FileTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One unit of a generated machine charm on a pretend machine: the charm's files in a directory, and a {@code PATH}
 * that holds only fakes (the Juju hook tools, docker/podman, git, apt-get, systemctl, sleep; see
 * {@code src/test/resources/machine/fake-tool}) and the few real commands the hooks use (bash, coreutils). Every
 * fake records its arguments; {@link #calls()} reads them back exactly.
 */
final class FakeUnit {

  /** One recorded call of a fake tool. */
  record Call(String tool, List<String> args) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(tool);
      args.forEach(a -> sb.append(' ').append(Escapers.jsonString(a)));
      return sb.toString();
    }
  }

  /** What a hook run did. */
  record Run(int exitCode, String stdout, String stderr, List<Call> calls) {
    List<Call> of(String tool) {
      return calls.stream().filter(c -> c.tool().equals(tool)).toList();
    }

    List<List<String>> argsOf(String tool) {
      return of(tool).stream().map(Call::args).toList();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("exit " + exitCode + "\n--- stderr\n" + stderr + "--- calls\n");
      calls.forEach(c -> sb.append(c).append('\n'));
      return sb.toString();
    }
  }

  static final String UNIT = "web/0";
  static final String CONTAINER = "web-0";

  /** The fakes, by the name the hooks call them. */
  private static final List<String> FAKES = List.of(
      "juju-log", "status-set", "config-get", "relation-ids", "relation-list", "relation-get", "relation-set",
      "network-get", "unit-get", "secret-get", "storage-list", "storage-get", "opened-ports", "open-port",
      "close-port", "application-version-set", "action-set", "action-fail", "is-leader", "sleep", "apt-get",
      "systemctl", "git", "chown");

  /** The real commands the library and the fakes use. */
  private static final List<String> REAL = List.of(
      "bash", "cat", "mkdir", "rm", "mv", "chmod", "ln", "sha256sum", "base64", "tr", "wc", "sort", "cut", "grep",
      "head");

  final Path root;
  final Path charm;
  final Path bin;
  final Path state;
  final Path unitState;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private int logOffset;

  private FakeUnit(Path root) {
    this.root = root;
    this.charm = root.resolve("charm");
    this.bin = root.resolve("bin");
    this.state = root.resolve("fake");
    this.unitState = root.resolve("unit-state");
  }

  /** Writes the charm and the fakes below {@code root}; no runtime is installed yet. */
  static FakeUnit create(Path root, FileTree charm) throws IOException {
    return create(root, charm, UNIT);
  }

  /** Like {@link #create(Path, FileTree)}, for a unit of another name. */
  static FakeUnit create(Path root, FileTree charm, String unitName) throws IOException {
    FakeUnit unit = new FakeUnit(root);
    write(charm, unit.charm);
    Files.createDirectories(unit.bin);
    Files.createDirectories(unit.state.resolve("knobs"));
    Path fake = unit.bin.resolve("fake-tool");
    try (InputStream in = FakeUnit.class.getResourceAsStream("/machine/fake-tool")) {
      Files.copy(in, fake);
    }
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String name : FAKES) {
      Files.createSymbolicLink(unit.bin.resolve(name), Path.of("fake-tool"));
    }
    for (String name : REAL) {
      unit.realTool(name);
    }
    Files.writeString(unit.state.resolve("log"), "");
    unit.file("ingress-address", "10.1.2.3");
    unit.file("private-address", "10.1.2.3");
    unit.config("container-runtime", "docker");
    unit.environment.put("PATH", unit.bin.toString());
    unit.environment.put("LANG", "C.UTF-8");
    unit.environment.put("HOME", root.toString());
    unit.environment.put("FAKE_STATE", unit.state.toString());
    unit.environment.put("FAKE_BIN", unit.bin.toString());
    unit.environment.put("JUJU_CHARM_DIR", unit.charm.toString());
    unit.environment.put("JUJU_UNIT_NAME", unitName);
    unit.environment.put("CHARM_STATE_DIR", unit.unitState.toString());
    return unit;
  }

  /** Writes a file tree to disk, with the executable bits it asks for. */
  static void write(FileTree tree, Path dir) throws IOException {
    for (FileTree.GeneratedFile f : tree.files().values()) {
      Path target = dir.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.write(target, f.content());
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(f.executable() ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  /** A command of this machine, found where Debian installs commands (the tests' own PATH is no guide). */
  static Optional<Path> find(String name) {
    return Stream.of("/usr/bin", "/bin", "/usr/local/bin", "/usr/sbin", "/sbin")
        .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
  }

  static Path which(String name) {
    return find(name).orElseThrow(() -> new IllegalStateException("the tests need " + name + " on this machine"));
  }

  static boolean has(String name) {
    return find(name).isPresent();
  }

  /** Puts the fake runtime ({@code docker} or {@code podman}) on the PATH, as if it were installed. */
  FakeUnit runtimeInstalled(String runtime) throws IOException {
    Files.createSymbolicLink(bin.resolve(runtime), Path.of("fake-tool"));
    return this;
  }

  /**
   * Lets the hooks find the machine's own commands after the fakes (for a real runtime, which needs more than the
   * few commands the fakes stand beside), and really sleep.
   */
  FakeUnit systemPath() throws IOException {
    Files.delete(bin.resolve("sleep"));
    realTool("sleep");
    environment.put("PATH", bin + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    return this;
  }

  /** Replaces the fake git with the real one. */
  FakeUnit realGit() throws IOException {
    Files.delete(bin.resolve("git"));
    return realTool("git");
  }

  /** Puts a real command on the PATH (a small script that runs it: no link leaves the temporary directory). */
  private FakeUnit realTool(String name) throws IOException {
    Path script = bin.resolve(name);
    Files.writeString(script, "#!/bin/sh\nexec " + which(name) + " \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return this;
  }

  /** An image already on the machine. */
  FakeUnit image(String runtime, String reference, String id) throws IOException {
    return file(runtime + "/images/" + key(reference), id);
  }

  /** An option's value, as Juju would hold it ({@code True}/{@code False} for booleans). */
  FakeUnit config(String option, String value) throws IOException {
    return file("config/" + option, value);
  }

  FakeUnit unsetConfig(String option) throws IOException {
    Files.deleteIfExists(state.resolve("config/" + option));
    return this;
  }

  /** The content of one key of a Juju secret this unit may read (and the secret's JSON, as Juju prints it). */
  FakeUnit secret(String uri, String key, String content) throws IOException {
    file("secrets/" + key(uri) + "/" + key, content);
    Path dir = state.resolve("secrets/" + key(uri));
    StringBuilder json = new StringBuilder("{");
    try (var keys = Files.list(dir)) {
      for (Path k : keys.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        json.append(json.length() > 1 ? "," : "").append(Escapers.jsonString(k.getFileName().toString()))
            .append(':').append(Escapers.jsonString(Files.readString(k, UTF_8)));
      }
    }
    return file("secrets/" + key(uri) + "/.json", json.append('}').toString());
  }

  /** A relation on {@code endpoint} with one remote unit and its data. */
  FakeUnit relation(String endpoint, String id, String remoteUnit, Map<String, String> data) throws IOException {
    Path dir = state.resolve("relations").resolve(endpoint).resolve(id);
    Files.createDirectories(dir);
    Path units = dir.resolve("remote-units");
    String existing = Files.exists(units) ? Files.readString(units) : "";
    Files.writeString(units, existing + remoteUnit + "\n");
    for (Map.Entry<String, String> e : data.entrySet()) {
      file("relations/" + endpoint + "/" + id + "/data/" + remoteUnit.replace('/', '_') + "/" + e.getKey(),
          e.getValue());
    }
    return this;
  }

  /**
   * A relation on {@code endpoint} whose remote application {@code app} has written {@code data} into its
   * application databag (the relation may have no unit yet).
   */
  FakeUnit relationApp(String endpoint, String id, String app, Map<String, String> data) throws IOException {
    Path dir = state.resolve("relations").resolve(endpoint).resolve(id);
    Files.createDirectories(dir);
    file("relations/" + endpoint + "/" + id + "/app", app);
    for (Map.Entry<String, String> e : data.entrySet()) {
      file("relations/" + endpoint + "/" + id + "/data/app-" + app + "/" + e.getKey(), e.getValue());
    }
    return this;
  }

  /** Makes this unit the leader. */
  FakeUnit leader() throws IOException {
    return knob("leader", "");
  }

  /** What this unit's application (its leader) published on a relation. */
  String publishedApp(String endpoint, String id, String key) throws IOException {
    Path p = state.resolve("relations").resolve(endpoint).resolve(id).resolve("local-app").resolve(key);
    return Files.exists(p) ? Files.readString(p, UTF_8) : null;
  }

  /** Removes a relation, as Juju does once it is broken. */
  FakeUnit noRelation(String endpoint, String id) throws IOException {
    Path dir = state.resolve("relations").resolve(endpoint).resolve(id);
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    return this;
  }

  /** What this unit published on a relation. */
  String published(String endpoint, String id, String key) throws IOException {
    Path p = state.resolve("relations").resolve(endpoint).resolve(id).resolve("local").resolve(key);
    return Files.exists(p) ? Files.readString(p, UTF_8) : null;
  }

  /** Storage attached at a host path. */
  FakeUnit storage(String name, String location) throws IOException {
    return file("storage/" + name, location);
  }

  /** Makes a fake answer differently: see the knobs in fake-tool. */
  FakeUnit knob(String name, String value) throws IOException {
    return file("knobs/" + name, value);
  }

  FakeUnit noKnob(String name) throws IOException {
    Files.deleteIfExists(state.resolve("knobs/" + name));
    return this;
  }

  FakeUnit file(String relative, String content) throws IOException {
    Path p = state.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, UTF_8);
    return this;
  }

  /** The fake runtime's record of a container: status, exit, health, hash; null when there is none. */
  Map<String, String> container(String runtime, String name) throws IOException {
    Path dir = state.resolve(runtime).resolve("containers").resolve(name);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (String f : List.of("status", "exit", "health", "hash")) {
      facts.put(f, Files.readString(dir.resolve(f)).strip());
    }
    return facts;
  }

  /** The unit's status: {@code [status, message]}. */
  List<String> status() throws IOException {
    String text = Files.readString(state.resolve("status"), UTF_8);
    int newline = text.indexOf('\n');
    return List.of(text.substring(0, newline), text.substring(newline + 1));
  }

  List<String> openedPorts() throws IOException {
    Path p = state.resolve("opened-ports");
    return Files.exists(p) ? Files.readAllLines(p) : List.of();
  }

  /** Runs {@code hooks/<name>} (or {@code actions/<name>} when {@code name} starts with {@code actions/}). */
  Run hook(String name, String... extraEnvironment) throws IOException, InterruptedException {
    String path = name.contains("/") ? name : "hooks/" + name;
    ProcessBuilder pb = new ProcessBuilder(charm.resolve(path).toString()).directory(charm.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    pb.environment().put("JUJU_DISPATCH_PATH", path);
    if (path.startsWith("actions/")) {
      pb.environment().put("JUJU_ACTION_NAME", path.substring("actions/".length()));
    }
    for (int i = 0; i + 1 < extraEnvironment.length; i += 2) {
      pb.environment().put(extraEnvironment[i], extraEnvironment[i + 1]);
    }
    Path out = root.resolve("stdout");
    Path err = root.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(path + " did not finish in 60 s");
    }
    List<Call> all = calls();
    List<Call> calls = all.subList(logOffset, all.size());
    logOffset = all.size();
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8), List.copyOf(calls));
  }

  /** Every call recorded so far, decoded from the NUL-separated log. */
  List<Call> calls() throws IOException {
    byte[] log = Files.readAllBytes(state.resolve("log"));
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < log.length; i++) {
      if (log[i] == 0) {
        words.add(new String(log, start, i - start, UTF_8));
        start = i + 1;
      }
    }
    if (start != log.length) {
      throw new IllegalStateException("the call log ends inside a word");
    }
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      int count = Integer.parseInt(words.get(i));
      calls.add(new Call(words.get(i + 1), List.copyOf(words.subList(i + 2, i + 1 + count))));
      i += 1 + count;
    }
    return calls;
  }

  /** The fakes' name for a reference they keep a file for (as fake-tool's key_of). */
  static String key(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
