package dev.gen.target.charm.machine;

import dev.gen.diag.SourceLocation;
import dev.gen.target.charm.FlavourOptions;
import dev.gen.target.charm.GoDurations;
import dev.gen.target.charm.charmhub.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the machine flavour's templates need to run one service as a container: the contract between the charm plan
 * (which names options, endpoints and storage) and the hooks. It holds facts, never shell text: the template engine
 * quotes every value, and {@code lib/charm.sh} builds the commands.
 *
 * <p>Optional strings are empty, never null, so that every value is written as exactly one shell word. Build views
 * with {@link #builder(String, String)}.
 *
 * @param charmName the charm's name (for comments)
 * @param serviceName the service's name (for comments and status messages)
 * @param options the names of the options the library reads itself
 * @param pull how the image is pulled; null when it is built
 * @param build how the image is built on the unit; null when it is pulled
 * @param entrypoint the entrypoint, or null to keep the image's (empty: none)
 * @param command the command, or null to keep the image's
 * @param environment the container's environment, in order
 * @param requiredOptions options that must be set before the container can run
 * @param ports the container ports and where they are published on the host
 * @param volumes runtime-managed named volumes (named per unit at run time)
 * @param storage Juju storage, bind-mounted into the container
 * @param secretFiles secrets written to files and bind-mounted read-only (Compose {@code secrets})
 * @param restart the runtime's restart policy: {@code no}, {@code always}, {@code unless-stopped},
 *     {@code on-failure} or {@code on-failure:N}
 * @param health the health check, or null to keep the image's
 * @param user the user to run as, or empty for the image's
 * @param workingDir the working directory, or empty for the image's
 * @param labels container labels
 * @param runOptions further options of the runtime's {@code create} command, one word each
 *     ({@code --cap-add=NET_ADMIN}); see {@link MachineFacts#runOptions}
 * @param stopTimeoutSeconds how long a stop waits before it kills
 * @param endpoints the relation endpoints whose hooks the charm has
 * @param clients the Charmhub charms the charm requires, and how it talks to each (by endpoint)
 * @param location where the service was defined, for error messages
 */
public record MachineCharmView(
    String charmName,
    String serviceName,
    OptionNames options,
    Pull pull,
    Build build,
    List<String> entrypoint,
    List<String> command,
    List<EnvEntry> environment,
    List<String> requiredOptions,
    List<Port> ports,
    List<Volume> volumes,
    List<Storage> storage,
    List<SecretFile> secretFiles,
    String restart,
    Health health,
    String user,
    String workingDir,
    Map<String, String> labels,
    List<String> runOptions,
    int stopTimeoutSeconds,
    List<Endpoint> endpoints,
    List<Client> clients,
    SourceLocation location) {

  public MachineCharmView {
    Objects.requireNonNull(charmName, "charmName");
    Objects.requireNonNull(serviceName, "serviceName");
    options = options == null ? OptionNames.DEFAULT : options;
    if ((pull == null) == (build == null)) {
      throw new IllegalArgumentException("a machine charm either pulls or builds its image: give exactly one");
    }
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    command = command == null ? null : List.copyOf(command);
    environment = List.copyOf(environment);
    requiredOptions = List.copyOf(requiredOptions);
    ports = List.copyOf(ports);
    volumes = List.copyOf(volumes);
    storage = List.copyOf(storage);
    secretFiles = List.copyOf(secretFiles);
    restart = restart == null || restart.isEmpty() ? "no" : restart;
    user = user == null ? "" : user;
    workingDir = workingDir == null ? "" : workingDir;
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    runOptions = List.copyOf(runOptions);
    if (stopTimeoutSeconds < 0) {
      throw new IllegalArgumentException("negative stop timeout");
    }
    endpoints = List.copyOf(endpoints);
    clients = List.copyOf(clients);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static Builder builder(String charmName, String serviceName) {
    return new Builder(charmName, serviceName);
  }

  /** How a replacement container takes over: see {@code _replace} in {@code lib/charm.sh}. */
  public enum ReplaceStrategy {
    /** The new container starts before the old one stops: nothing stands in the way of two running at once. */
    START_FIRST,
    /**
     * The old container stops first: a fixed host port can only be bound once, and two processes must not share a
     * writable volume (two databases on one data directory corrupt it).
     */
    STOP_FIRST;

    public String word() {
      return this == START_FIRST ? "start-first" : "stop-first";
    }
  }

  /** The replacement strategy the ports and volumes allow. */
  public ReplaceStrategy replaceStrategy() {
    boolean fixedPort = ports.stream().anyMatch(p -> !p.hostPort().isEmpty());
    boolean sharedWritable = volumes.stream().anyMatch(v -> !v.readOnly())
        || storage.stream().anyMatch(s -> !s.readOnly());
    return fixedPort || sharedWritable ? ReplaceStrategy.STOP_FIRST : ReplaceStrategy.START_FIRST;
  }

  /**
   * How long a replacement waits for the new container to become healthy before it goes on (seconds): one check
   * after the start period and the first interval, with room for the check's own timeout, at most two minutes.
   * Without a health check it only makes sure that the container still runs a moment after it started.
   */
  public int readyTimeoutSeconds() {
    if (health == null || health.kind() == Health.Kind.DISABLED) {
      return 1;
    }
    Duration wait = health.startPeriodOrDefault().plus(health.intervalOrDefault()).plus(health.timeoutOrDefault());
    return (int) Math.max(1, Math.min(120, wait.toSeconds() + 1));
  }

  /** The options the library reads itself; the charm plan declares them ({@link FlavourOptions}). */
  public record OptionNames(String runtime, String image, String repository, String gitRef) {

    public static final OptionNames DEFAULT = new OptionNames(FlavourOptions.RUNTIME, FlavourOptions.IMAGE,
        FlavourOptions.REPOSITORY, FlavourOptions.GIT_REF);

    public OptionNames {
      Objects.requireNonNull(runtime, "runtime");
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(gitRef, "gitRef");
    }
  }

  /** Compose's pull policies that a machine charm honours. */
  public enum PullPolicy {
    /** Pull when the image is not on the machine (Compose's default). */
    MISSING,
    /** Pull again on install and upgrade (and on the rebuild action). */
    ALWAYS,
    /** Never pull on its own; only the rebuild action does. */
    NEVER;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An image pulled from a registry; the {@code image} option overrides it. */
  public record Pull(String image, PullPolicy policy) {
    public Pull {
      Objects.requireNonNull(image, "image");
      if (image.isEmpty()) {
        throw new IllegalArgumentException("empty image");
      }
      policy = policy == null ? PullPolicy.MISSING : policy;
    }
  }

  /**
   * An image built on the unit from a git repository (the {@code repository} and {@code git-ref} options, whose
   * defaults these are).
   *
   * @param repository the default repository URL, or empty when unknown (the unit then asks for it)
   * @param gitRef the default branch, tag or commit, or empty for the repository's default branch
   * @param context the build context: a relative path inside the repository, {@code .} for its root
   * @param dockerfile the Dockerfile, relative to the context
   * @param dockerfileInline the Dockerfile's text when it is written in the input, else empty
   * @param target the stage to build, or empty for the last
   * @param args build arguments (those without a value are left out: there is no environment to take them from)
   */
  public record Build(
      String repository,
      String gitRef,
      String context,
      String dockerfile,
      String dockerfileInline,
      String target,
      Map<String, String> args) {
    public Build {
      repository = repository == null ? "" : repository;
      gitRef = gitRef == null ? "" : gitRef;
      context = context == null || context.isEmpty() ? "." : context;
      dockerfile = dockerfile == null || dockerfile.isEmpty() ? "Dockerfile" : dockerfile;
      dockerfileInline = dockerfileInline == null ? "" : dockerfileInline;
      target = target == null ? "" : target;
      args = Collections.unmodifiableMap(new TreeMap<>(args == null ? Map.of() : args));
    }

    /** {@code NAME=value} words, sorted by name. */
    public List<String> argWords() {
      return args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
  }

  /** One environment variable and the parts its value is made of. */
  public record EnvEntry(String name, List<EnvPart> parts, SourceLocation location) {
    public EnvEntry {
      Objects.requireNonNull(name, "name");
      parts = List.copyOf(parts);
      location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public static EnvEntry text(String name, String value) {
      return new EnvEntry(name, List.of(new EnvPart.Text(value)), null);
    }

    /** The declaration's words after the name: every part's kind and arguments. */
    public List<String> words() {
      List<String> words = new ArrayList<>();
      parts.forEach(p -> words.addAll(p.words()));
      return words;
    }
  }

  /**
   * A container port.
   *
   * @param hostPort the host port or range, or empty for any free port (the provider tells its consumers which)
   * @param hostIp the host address to bind, or empty for all
   */
  public record Port(int containerPort, String hostPort, String hostIp, String protocol) {
    public Port {
      if (containerPort < 1 || containerPort > 65535) {
        throw new IllegalArgumentException("container port out of range: " + containerPort);
      }
      hostPort = hostPort == null ? "" : hostPort;
      hostIp = hostIp == null ? "" : hostIp;
      protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol;
    }
  }

  /** A named volume of the runtime, {@code <unit>-<name>} on the machine. */
  public record Volume(String name, String target, boolean readOnly, SourceLocation location) {
    public Volume {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(target, "target");
      location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public String mode() {
      return readOnly ? "ro" : "rw";
    }
  }

  /** Juju storage (filesystem), attached to the machine and bind-mounted at {@code target}. */
  public record Storage(String name, String target, boolean readOnly, SourceLocation location) {
    public Storage {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(target, "target");
      location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public String mode() {
      return readOnly ? "ro" : "rw";
    }
  }

  /**
   * A secret written to a file and mounted read-only at {@code target}: the content of the Juju secret that the
   * secret-typed option {@code option} names (its key {@code key}, or its only key).
   *
   * @param mode the file's mode, in octal ({@code 0444}, Compose's default)
   * @param owner the file's numeric owner, {@code uid}, {@code uid:gid} or {@code :gid}, or empty for root
   */
  public record SecretFile(
      String option, String key, String target, String mode, String owner, SourceLocation location) {
    public SecretFile {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(target, "target");
      mode = mode == null || mode.isEmpty() ? "0444" : mode;
      if (!mode.matches("0?[0-7]{3}")) {
        throw new IllegalArgumentException("not an octal file mode: " + mode);
      }
      owner = owner == null ? "" : owner;
      location = location == null ? SourceLocation.UNKNOWN : location;
    }
  }

  /**
   * A health check, as the runtime's {@code --health-*} options take it. Null durations and retries keep the
   * runtime's defaults.
   *
   * @param test the command words ({@link Kind#EXEC}), or the one shell script ({@link Kind#SHELL})
   */
  public record Health(
      Kind kind, List<String> test, Duration interval, Duration timeout, Duration startPeriod, Integer retries) {

    /** How the check runs. */
    public enum Kind {
      EXEC,
      SHELL,
      DISABLED;

      public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    public Health {
      Objects.requireNonNull(kind, "kind");
      test = List.copyOf(test);
      if (kind == Kind.SHELL && test.size() != 1 || kind == Kind.EXEC && test.isEmpty()) {
        throw new IllegalArgumentException(kind + " health check with " + test.size() + " words");
      }
    }

    Duration intervalOrDefault() {
      return interval == null ? Duration.ofSeconds(30) : interval;
    }

    Duration timeoutOrDefault() {
      return timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    Duration startPeriodOrDefault() {
      return startPeriod == null ? Duration.ZERO : startPeriod;
    }

    public String intervalWord() {
      return goDuration(interval);
    }

    public String timeoutWord() {
      return goDuration(timeout);
    }

    public String startPeriodWord() {
      return goDuration(startPeriod);
    }

    /** A Go duration ({@code 1m30s}, {@code 500ms}), as the runtimes' {@code --health-*} options read it. */
    private static String goDuration(Duration d) {
      return d == null ? "" : GoDurations.format(d);
    }

    public String retriesWord() {
      return retries == null ? "" : retries.toString();
    }
  }

  /** A relation endpoint of the charm. */
  public record Endpoint(String name, Role role, boolean required) {

    /** Which side of a relation the charm is on. */
    public enum Role {
      PROVIDES,
      REQUIRES;

      public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    public Endpoint {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }

    public String requiredWord() {
      return required ? "required" : "optional";
    }
  }

  /**
   * A Charmhub charm the charm requires over {@code endpoint}: the protocol the two speak, what the leader asks
   * for ({@code request}, written in the application databag) and where the answer is (see
   * {@link dev.gen.target.charm.ClientPlan}).
   *
   * @param providerCharm the Charmhub charm's name, for status messages
   * @param resourceKey the key the provider answers the resource name in, or empty
   * @param hostKey the unit databag key of the provider's host ({@link Protocol#UNIT_ADDRESS}), or empty
   * @param port the port when the protocol carries none, or null
   */
  public record Client(
      String endpoint, Protocol protocol, String providerCharm, String resourceKey, String hostKey, Integer port,
      Map<String, String> request) {

    public Client {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(protocol, "protocol");
      providerCharm = providerCharm == null ? "" : providerCharm;
      resourceKey = resourceKey == null ? "" : resourceKey;
      hostKey = hostKey == null ? "" : hostKey;
      request = Collections.unmodifiableMap(new TreeMap<>(request == null ? Map.of() : request));
    }

    public String protocolWord() {
      return protocol.id();
    }

    public String portWord() {
      return port == null ? "" : port.toString();
    }
  }

  /** A mutable builder; every list starts empty, every optional value absent. */
  public static final class Builder {
    private final String charmName;
    private final String serviceName;
    private OptionNames options = OptionNames.DEFAULT;
    private Pull pull;
    private Build build;
    private List<String> entrypoint;
    private List<String> command;
    private final List<EnvEntry> environment = new ArrayList<>();
    private final List<String> requiredOptions = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<Storage> storage = new ArrayList<>();
    private final List<SecretFile> secretFiles = new ArrayList<>();
    private String restart = "no";
    private Health health;
    private String user = "";
    private String workingDir = "";
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<String> runOptions = new ArrayList<>();
    private int stopTimeoutSeconds = 10;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Client> clients = new ArrayList<>();
    private SourceLocation location = SourceLocation.UNKNOWN;

    private Builder(String charmName, String serviceName) {
      this.charmName = charmName;
      this.serviceName = serviceName;
    }

    public Builder options(OptionNames v) { options = v; return this; }
    public Builder pull(String image, PullPolicy policy) { pull = new Pull(image, policy); build = null; return this; }
    public Builder build(Build v) { build = v; pull = null; return this; }
    public Builder entrypoint(List<String> v) { entrypoint = v; return this; }
    public Builder command(List<String> v) { command = v; return this; }
    public Builder env(EnvEntry v) { environment.add(v); return this; }
    public Builder env(String name, EnvPart... parts) { return env(new EnvEntry(name, List.of(parts), null)); }
    public Builder requiredOption(String v) { requiredOptions.add(v); return this; }
    public Builder port(Port v) { ports.add(v); return this; }
    public Builder volume(Volume v) { volumes.add(v); return this; }
    public Builder storage(Storage v) { storage.add(v); return this; }
    public Builder secretFile(SecretFile v) { secretFiles.add(v); return this; }
    public Builder restart(String v) { restart = v; return this; }
    public Builder health(Health v) { health = v; return this; }
    public Builder user(String v) { user = v; return this; }
    public Builder workingDir(String v) { workingDir = v; return this; }
    public Builder label(String key, String value) { labels.put(key, value); return this; }
    public Builder runOptions(List<String> v) { runOptions.addAll(v); return this; }
    public Builder stopTimeoutSeconds(int v) { stopTimeoutSeconds = v; return this; }
    public Builder endpoint(Endpoint v) { endpoints.add(v); return this; }
    public Builder client(Client v) { clients.add(v); return this; }
    public Builder location(SourceLocation v) { location = v; return this; }

    public MachineCharmView build() {
      return new MachineCharmView(
          charmName, serviceName, options, pull, build, entrypoint, command, environment, requiredOptions, ports,
          volumes, storage, secretFiles, restart, health, user, workingDir, labels, runOptions, stopTimeoutSeconds,
          endpoints, clients, location);
    }
  }
}
