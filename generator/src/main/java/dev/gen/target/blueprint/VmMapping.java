package dev.gen.target.blueprint;

import dev.gen.model.Build;
import dev.gen.model.ContainerOptions;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VM style: a {@code VanillaSoftwareProcess} whose scripts install a container runtime and run the image with
 * {@code docker run} (or podman), on any machine Brooklyn reaches over SSH. Every value that comes from the input
 * reaches the scripts through {@code shell.env} (Brooklyn exports each one, quoted, before it runs a script) and
 * is used as {@code "$VAR"}; the scripts themselves only hold gen's own text, numbers and shell-quoted words.
 */
final class VmMapping {

  static final String TYPE = "org.apache.brooklyn.entity.software.base.VanillaSoftwareProcess";

  /** Words a shell reads as themselves, which can stay in a script as they are. */
  private static final java.util.regex.Pattern SAFE_WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private final ServiceMapping m;
  private final VmScripts scripts;
  private final Service s;
  private final Map<String, Object> shellEnv = new LinkedHashMap<>();
  private final List<Map<String, Object>> parameters = new ArrayList<>();
  private final List<String> runArgs = new ArrayList<>();

  VmMapping(ServiceMapping mapping, VmScripts scripts) {
    this.m = mapping;
    this.scripts = scripts;
    this.s = mapping.service;
  }

  EntitySpec map() {
    m.reportCommonUnmapped();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("install.unique_label", m.project.name() + "-" + s.name());

    boolean built = image();
    runtime();
    restartFlag();
    List<Map<String, Object>> clusterParameters = ports();
    environment();
    mounts();
    List<VmScripts.SecretFile> secretFiles = secrets();
    options();
    resources();
    entrypointAndCommand();

    m.putEnvironmentValues(config);
    config.put("shell.env", shellEnv);
    config.put("install.command", scripts.install(installView(built)));
    config.put("launch.command", scripts.launch(new VmScripts.LaunchView(!secretFiles.isEmpty(), secretFiles,
        runArgs)));
    config.put("checkRunning.command", scripts.checkRunning(checkView()));
    config.put("stop.command", scripts.stop(new VmScripts.StopView(stopOptions())));
    healthTiming(config);
    Map<String, Object> machine = m.machineSize();
    if (!machine.isEmpty()) {
      config.put("provisioning.properties", machine);
    }

    Map<String, Object> wiring = new LinkedHashMap<>();
    Object latch = m.latch();
    if (latch != null) {
      wiring.put("latch.launch", latch);
    }
    m.putEnvironmentWiring(wiring);

    List<String> clusterSensors = new ArrayList<>(m.addresses.readSensors(s.name()));
    return new EntitySpec(s.name(), m.displayName(), m.description(), s.branding().icon(), TYPE, parameters,
        config, wiring, m.restartEnrichers(), m.restartPolicies(), List.of(), s.deployment().replicas(),
        clusterSensors, clusterParameters);
  }

  // ---- image and runtime ----

  /** The image parameter (and how to build it); true when the image is built on the machine. */
  private boolean image() {
    Build b = s.build();
    String image = s.image() != null ? s.image() : m.project.name() + "-" + s.name();
    parameters.add(Parameters.of("container.image", "Image", "string",
        b == null ? "The image the container runs." : "The tag of the image built on the machine.", image));
    shellEnv.put("GEN_IMAGE", Dsl.config("container.image"));
    shellEnv.put("GEN_CONTAINER_NAME", containerName());
    if (b == null) {
      return false;
    }
    String at = m.path + ".build";
    if (b.gitRepository() == null) {
      m.unmapped.report(b.location(), at + ".context", "the build context " + b.context() + " is not on the"
          + " machine and gen knows no git repository for it (no org.opencontainers.image.source label): the"
          + " deployer must set the parameter build.git.repository");
    }
    parameters.add(Parameters.of("build.git.repository", "Git repository", "string",
        "The git repository the image is built from, cloned on the machine"
            + (b.gitRepository() == null ? " (unknown to gen: set it)." : "."), b.gitRepository()));
    parameters.add(Parameters.of("build.git.ref", "Git ref", "string",
        "The branch, tag or commit to build (empty: the default branch).", b.gitRef() == null ? "" : b.gitRef()));
    String context = b.isRemote() ? "." : b.context();
    parameters.add(Parameters.of("build.context", "Build context", "string",
        "The build context, relative to the repository's root.", context));
    shellEnv.put("GEN_GIT_REPOSITORY", Dsl.config("build.git.repository"));
    shellEnv.put("GEN_GIT_REF", Dsl.config("build.git.ref"));
    shellEnv.put("GEN_BUILD_CONTEXT", Dsl.config("build.context"));
    if (b.dockerfileInline() != null) {
      shellEnv.put("GEN_BUILD_DOCKERFILE_TEXT", b.dockerfileInline());
    } else {
      parameters.add(Parameters.of("build.dockerfile", "Dockerfile", "string",
          "The Dockerfile, relative to the build context.", b.dockerfile() == null ? "Dockerfile" : b.dockerfile()));
      shellEnv.put("GEN_BUILD_DOCKERFILE", Dsl.config("build.dockerfile"));
    }
    return true;
  }

  private Object containerName() {
    String fixed = s.options().containerName();
    if (fixed != null && !fixed.isBlank()) {
      if (s.deployment().replicas() > 1) {
        m.unmapped.report(s.location(), m.path + ".container_name", "container_name is dropped: the "
            + s.deployment().replicas() + " copies need different names");
      } else {
        return fixed;
      }
    }
    // unique per entity, so that cluster members on one machine do not collide
    String prefix = Dsl.escapePercent(m.project.name() + "-" + s.name() + "-");
    return Dsl.formatString(prefix + "%s", List.of(new Dsl("$brooklyn:entityId()")));
  }

  private void runtime() {
    parameters.add(Parameters.of("container.runtime", "Container runtime", "string",
        "docker, podman, or auto: docker when its daemon answers, else podman, else one installed from the"
            + " distribution's packages.", "auto"));
    shellEnv.put("GEN_RUNTIME", Dsl.config("container.runtime"));
  }

  private VmScripts.InstallView installView(boolean built) {
    List<String> buildArgs = new ArrayList<>();
    String pullPolicy = s.options().pullPolicy();
    if (built) {
      Build b = s.build();
      int i = 1;
      for (Map.Entry<String, String> a : b.args().entrySet()) {
        if (a.getValue() == null) {
          m.unmapped.report(b.location(), m.path + ".build.args." + a.getKey(),
              "the build argument " + a.getKey() + " has no value (compose takes it from its environment); the"
                  + " Dockerfile's default applies");
          continue;
        }
        String var = "GEN_BUILD_ARG_" + i++;
        shellEnv.put(var, a.getValue());
        buildArgs.add("set -- \"$@\" --build-arg " + word("BUILD_ARG_NAME", a.getKey() + "=") + "\"$" + var + "\"");
      }
      if (b.target() != null) {
        buildArgs.add("set -- \"$@\" --target " + word("BUILD_TARGET", b.target()));
      }
    }
    boolean pull = !built && !"never".equals(pullPolicy) && !"build".equals(pullPolicy);
    // compose's default: pull when the image is missing (a local image needs no registry)
    boolean always = "always".equals(pullPolicy);
    return new VmScripts.InstallView(built, built && s.build().dockerfileInline() != null, buildArgs,
        pull && !always, pull && always);
  }

  // ---- docker run options ----

  private void arg(String... words) {
    runArgs.add("set -- \"$@\" " + String.join(" ", words));
  }

  /**
   * A value from the input as one shell word: written as it is when no shell treats any of its characters
   * specially, else passed through {@code shell.env} as {@code GEN_<KIND>_<n>} and used as {@code "$VAR"}.
   */
  private String word(String kind, String value) {
    if (SAFE_WORD.matcher(value).matches()) {
      return value;
    }
    int n = 1;
    while (shellEnv.containsKey("GEN_" + kind + "_" + n)) {
      n++;
    }
    String var = "GEN_" + kind + "_" + n;
    shellEnv.put(var, value);
    return "\"$" + var + "\"";
  }

  private void restartFlag() {
    RestartPolicy r = s.restart();
    String flag = switch (r.condition()) {
      case NO -> null;
      case ALWAYS -> "always";
      case UNLESS_STOPPED -> "unless-stopped";
      case ON_FAILURE -> r.maxAttempts() == null ? "on-failure" : "on-failure:" + r.maxAttempts();
    };
    if (flag != null) {
      arg("--restart", flag);
    }
  }

  /** Publishes every port other services or users reach: host port parameters ending in {@code .port}. */
  private List<Map<String, Object>> ports() {
    record Publish(int target, String protocol, String published, String hostIp) {}
    Map<String, Publish> all = new TreeMap<>();
    for (PortMapping p : s.ports()) {
      String key = key(p.target(), p.protocol());
      if (!all.containsKey(key)) {
        all.put(key, new Publish(p.target(), p.protocol(), p.published(), p.hostIp()));
      } else {
        m.unmapped.report(p.location(), m.path + ".ports", "container port " + p.target() + "/" + p.protocol()
            + " is published more than once; only the first host port is kept");
      }
    }
    for (ExposedPort e : s.expose()) {
      all.putIfAbsent(key(e.port(), e.protocol()), new Publish(e.port(), e.protocol(), null, null));
    }
    for (int port : m.addresses.referencedPorts(s.name())) {
      all.putIfAbsent(key(port, "tcp"), new Publish(port, "tcp", null, null));
    }
    List<Map<String, Object>> referencedParameters = new ArrayList<>();
    for (Publish p : all.values()) {
      String suffix = ":" + p.target() + ("tcp".equals(p.protocol()) ? "" : "/" + p.protocol());
      String ip = p.hostIp() == null ? "" : word("HOST_IP", p.hostIp() + ":");
      if (p.published() != null && !p.published().matches("[0-9]{1,5}")) {
        // a host port range: docker picks one, so there is nothing to name
        arg("--publish", ip + word("PUBLISH", p.published() + suffix));
        continue;
      }
      String parameter = Names.publishedPortParameter(p.target(), p.protocol());
      int host = p.published() == null ? p.target() : Integer.parseInt(p.published());
      String origin = p.published() != null ? "published" : "reached by other services";
      Map<String, Object> param = Parameters.of(parameter, "Host port for " + p.target() + "/" + p.protocol(),
          "integer", "The machine's port that container port " + p.target() + "/" + p.protocol() + " is "
              + origin + " on; Brooklyn opens it in the machine's firewall.", host);
      parameters.add(param);
      String var = "GEN_PORT_" + p.target() + ("tcp".equals(p.protocol()) ? "" : "_" + p.protocol().toUpperCase(
          Locale.ROOT));
      shellEnv.put(var, Dsl.config(parameter));
      arg("--publish", ip + "\"$" + var + "\"" + suffix);
      if ("tcp".equals(p.protocol()) && m.addresses.referencedPorts(s.name()).contains(p.target())) {
        referencedParameters.add(param);
      }
    }
    return referencedParameters;
  }

  private static String key(int port, String protocol) {
    return String.format(Locale.ROOT, "%05d/%s", port, protocol);
  }

  private void environment() {
    for (ServiceMapping.EnvBinding b : m.environment()) {
      EnvVar e = b.env();
      parameters.add(m.envParameter(b));
      String var = Names.envShellVariable(e.name(), b.index());
      shellEnv.put(var, Dsl.config(b.parameter()));
      String word = word("ENV_NAME", e.name() + "=") + "\"$" + var + "\"";
      if (b.optional()) {
        // Brooklyn does not export a variable whose value is null: pass it only when it is set
        runArgs.add("if [ \"${" + var + "+set}\" = set ]; then set -- \"$@\" --env " + word + "; fi");
      } else {
        arg("--env", word);
      }
    }
  }

  private void mounts() {
    for (Mount mount : s.mounts()) {
      String ro = mount.readOnly() ? ":ro" : "";
      String at = m.path + ".volumes";
      switch (mount.type()) {
        case VOLUME -> {
          if (mount.isNamedVolume()) {
            String name = m.project.volume(mount.source())
                .filter(v -> v.external())
                .map(v -> v.externalName() != null ? v.externalName() : v.name())
                .orElse(m.project.name() + "_" + mount.source());
            arg("--volume", word("VOLUME", name + ":" + mount.target() + ro));
          } else {
            arg("--volume", word("VOLUME", mount.target()));
          }
        }
        case BIND -> {
          if (mount.source() != null && mount.source().startsWith("/")) {
            arg("--volume", word("VOLUME", mount.source() + ":" + mount.target() + ro));
          } else {
            m.unmapped.report(mount.location(), at, "the bind mount of " + mount.source()
                + " (a path in the project) is not carried over: the project's files are not on the machine");
          }
        }
        case TMPFS -> arg("--tmpfs", word("TMPFS", mount.target()
            + (mount.sizeBytes() == null ? "" : ":size=" + mount.sizeBytes())));
        default -> m.unmapped.report(mount.location(), at, "a " + mount.type().name().toLowerCase(Locale.ROOT)
            + " mount is not carried over");
      }
    }
  }

  /** Secret files: the value comes from the external config supplier and is written next to the container. */
  private List<VmScripts.SecretFile> secrets() {
    List<VmScripts.SecretFile> files = new ArrayList<>();
    int i = 1;
    for (ResourceRef r : s.secrets()) {
      SecretDefinition def = m.project.secret(r.name()).orElse(null);
      if (def == null) {
        m.unmapped.report(r.location(), m.path + ".secrets", "secret " + r.name() + " is not defined");
        continue;
      }
      String var = "GEN_SECRET_" + i;
      String file = String.valueOf(i++);
      shellEnv.put(var, m.external(Names.composeSecretKey(m.project, r.name())));
      // compose mounts secret files readable by all (0444) unless the service asks for another mode
      String mode = r.mode() == null ? "444" : Integer.toOctalString(r.mode() & 07777);
      files.add(new VmScripts.SecretFile(var, file, mode));
      String target = r.target() != null ? r.target() : "/run/secrets/" + r.name();
      if (!target.startsWith("/")) {
        target = "/run/secrets/" + target;
      }
      arg("--volume", "\"$RUN_DIR/secrets/" + file + "\"" + word("SECRET_TARGET", ":" + target + ":ro"));
      if (r.uid() != null || r.gid() != null) {
        m.unmapped.report(r.location(), m.path + ".secrets", "the owner of secret " + r.name()
            + " is not carried over: the file belongs to root");
      }
    }
    return files;
  }

  private void options() {
    ContainerOptions o = s.options();
    if (s.user() != null) {
      arg("--user", word("USER", s.user()));
    }
    if (s.workingDir() != null) {
      arg("--workdir", word("WORKDIR", s.workingDir()));
    }
    s.labels().forEach((k, v) -> arg("--label", word("LABEL", k + "=" + v)));
    if (s.networkMode() != null) {
      if (s.networkMode().equals("host") || s.networkMode().equals("none") || s.networkMode().equals("bridge")) {
        arg("--network", s.networkMode());
      } else {
        m.unmapped.report(s.location(), m.path + ".network_mode", "network_mode " + s.networkMode()
            + " is not carried over: each service runs on its own machine");
      }
    }
    if (o.privileged()) {
      arg("--privileged");
    }
    o.capAdd().forEach(c -> arg("--cap-add", word("CAP_ADD", c)));
    o.capDrop().forEach(c -> arg("--cap-drop", word("CAP_DROP", c)));
    if (o.readOnlyRootFilesystem()) {
      arg("--read-only");
    }
    if (Boolean.TRUE.equals(o.init())) {
      arg("--init");
    }
    if (o.hostname() != null) {
      arg("--hostname", word("HOSTNAME", o.hostname()));
    }
    o.extraHosts().forEach((host, ips) -> ips.forEach(ip -> arg("--add-host", word("ADD_HOST", host + ":" + ip))));
    if (o.stopSignal() != null) {
      arg("--stop-signal", word("STOP_SIGNAL", o.stopSignal()));
    }
    if (o.tty()) {
      arg("--tty");
    }
    if (o.stdinOpen()) {
      arg("--interactive");
    }
    if (o.pullPolicy() != null) {
      String policy = switch (o.pullPolicy()) {
        case "always", "missing", "never" -> o.pullPolicy();
        case "build" -> "never";
        default -> "missing";
      };
      arg("--pull", policy);
    }
    if (o.platform() != null) {
      arg("--platform", word("PLATFORM", o.platform()));
    }
    if (o.shmSizeBytes() != null) {
      arg("--shm-size", String.valueOf(o.shmSizeBytes()));
    }
    o.sysctls().forEach((k, v) -> arg("--sysctl", word("SYSCTL", k + "=" + v)));
    o.ulimits().forEach((k, v) -> arg("--ulimit", word("ULIMIT", k + "=" + v)));
    o.devices().forEach(d -> arg("--device", word("DEVICE", d)));
    o.dns().forEach(d -> arg("--dns", word("DNS", d)));
    o.securityOpt().forEach(d -> arg("--security-opt", word("SECURITY_OPT", d)));
    o.groupAdd().forEach(g -> arg("--group-add", word("GROUP_ADD", g)));
  }

  private void resources() {
    Resources r = s.deployment().resources();
    if (r.memoryLimitBytes() != null) {
      arg("--memory", r.memoryLimitBytes() + "b");
    }
    if (r.memoryReservationBytes() != null) {
      arg("--memory-reservation", r.memoryReservationBytes() + "b");
    }
    if (r.cpuLimit() != null) {
      arg("--cpus", formatCpus(r.cpuLimit()));
    }
    if (r.pidsLimit() != null) {
      arg("--pids-limit", String.valueOf(r.pidsLimit()));
    }
    if (r.cpuReservation() != null) {
      // docker has no CPU reservation; the machine is sized for it (minCores)
    }
  }

  static String formatCpus(double cpus) {
    return cpus == Math.rint(cpus) ? String.valueOf((long) cpus) : String.valueOf(cpus);
  }

  /** The entrypoint's first word replaces the image's entrypoint; the rest go before the command's words. */
  private void entrypointAndCommand() {
    List<String> tail = new ArrayList<>();
    List<String> entrypoint = s.entrypoint();
    if (entrypoint != null) {
      if (entrypoint.isEmpty()) {
        arg("--entrypoint", "''");
      } else {
        shellEnv.put("GEN_ENTRYPOINT_1", entrypoint.get(0));
        arg("--entrypoint", "\"$GEN_ENTRYPOINT_1\"");
        for (int i = 1; i < entrypoint.size(); i++) {
          shellEnv.put("GEN_ENTRYPOINT_" + (i + 1), entrypoint.get(i));
          tail.add("\"$GEN_ENTRYPOINT_" + (i + 1) + "\"");
        }
      }
    }
    arg("\"$GEN_IMAGE\"");
    if (s.command() != null) {
      for (int i = 0; i < s.command().size(); i++) {
        shellEnv.put("GEN_COMMAND_" + (i + 1), s.command().get(i));
        tail.add("\"$GEN_COMMAND_" + (i + 1) + "\"");
      }
    }
    if (!tail.isEmpty()) {
      arg(String.join(" ", tail));
    }
  }

  // ---- health ----

  private VmScripts.CheckView checkView() {
    Healthcheck h = s.healthcheck();
    String format = "{{.State.Running}}";
    if (h == null || h.disabled() || h.command().isEmpty()) {
      return new VmScripts.CheckView(format, false, "");
    }
    String prefix = h.timeout() == null ? "rt exec \"$cid\""
        : "rt_timeout " + Durations.seconds(h.timeout()) + " exec \"$cid\"";
    String line;
    if (h.isShell()) {
      shellEnv.put("GEN_HEALTHCHECK", String.join(" ", h.command()));
      line = prefix + " /bin/sh -c \"$GEN_HEALTHCHECK\"";
    } else {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < h.command().size(); i++) {
        shellEnv.put("GEN_HEALTHCHECK_" + (i + 1), h.command().get(i));
        words.add("\"$GEN_HEALTHCHECK_" + (i + 1) + "\"");
      }
      line = prefix + " " + String.join(" ", words);
    }
    return new VmScripts.CheckView(format, true, line);
  }

  /** The healthcheck's interval becomes the poll period; its start period lengthens the start timeout. */
  private void healthTiming(Map<String, Object> config) {
    Healthcheck h = s.healthcheck();
    if (h == null || h.disabled()) {
      return;
    }
    if (h.interval() != null) {
      config.put("softwareProcess.serviceProcessIsRunningPollPeriod", Durations.brooklyn(h.interval()));
    }
    if (h.startPeriod() != null) {
      config.put("start.timeout", Durations.brooklyn(Duration.ofMinutes(2).plus(h.startPeriod())));
    }
    if (h.timeout() != null && h.command().isEmpty()) {
      m.unmapped.report(h.location(), m.path + ".healthcheck.timeout",
          "timeout is not carried over: without a test there is no check to time (checkRunning only asks whether"
              + " the container runs)");
    }
    if (h.startInterval() != null) {
      m.unmapped.report(h.location(), m.path + ".healthcheck.start_interval",
          "start_interval is not carried over: Brooklyn polls at the interval throughout");
    }
    if (h.retries() != null && h.retries() > 1 && !s.restart().restarts()) {
      m.unmapped.report(h.location(), m.path + ".healthcheck.retries", "retries is not carried over: without a"
          + " restart policy nothing waits for several failures, and service.isUp follows each check");
    }
  }

  private String stopOptions() {
    Duration grace = s.options().stopGracePeriod();
    return grace == null ? "" : "--time " + Durations.seconds(grace) + " ";
  }
}
