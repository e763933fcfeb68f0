package dev.gen.model.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one table of what happens to every Compose key the mapper meets: carried into the model (and where), reported
 * as not carried (and why), or already handled by the loader. The mapper consults it for every key it did not
 * read, so nothing falls through silently; a test checks that it covers every property of the Compose
 * Specification's schema; the documentation can be generated from {@link #rules()}.
 *
 * <p>{@code x-*} keys are not listed: {@code x-juju} and {@code x-brooklyn} are read at the top level and on
 * services, any other extension is a notice ({@code model.extension-ignored}).
 */
public final class ComposeKeys {

  /** Where a key sits in the normalized project. */
  public enum Scope {
    PROJECT("(top level)"),
    SERVICE("services.*"),
    BUILD("services.*.build"),
    DEPLOY("services.*.deploy"),
    DEPLOY_RESOURCES("services.*.deploy.resources"),
    RESOURCE_LIMITS("services.*.deploy.resources.limits"),
    RESOURCE_RESERVATIONS("services.*.deploy.resources.reservations"),
    RESTART_POLICY("services.*.deploy.restart_policy"),
    PLACEMENT("services.*.deploy.placement"),
    PLACEMENT_PREFERENCE("services.*.deploy.placement.preferences[]"),
    HEALTHCHECK("services.*.healthcheck"),
    PORT("services.*.ports[]"),
    MOUNT("services.*.volumes[]"),
    MOUNT_BIND("services.*.volumes[].bind"),
    MOUNT_VOLUME("services.*.volumes[].volume"),
    MOUNT_TMPFS("services.*.volumes[].tmpfs"),
    MOUNT_IMAGE("services.*.volumes[].image"),
    DEPENDENCY("services.*.depends_on.*"),
    SERVICE_NETWORK("services.*.networks.*"),
    FILE_REFERENCE("services.*.{secrets,configs}[]"),
    DEVICE("services.*.devices[]"),
    ULIMIT("services.*.ulimits.*"),
    NETWORK("networks.*"),
    VOLUME("volumes.*"),
    SECRET("secrets.*"),
    CONFIG("configs.*");

    private final String pattern;

    Scope(String pattern) {
      this.pattern = pattern;
    }

    /** The scope as a key path with {@code *} for user-chosen names, for documentation. */
    public String pattern() {
      return pattern;
    }
  }

  /** What the mapper does with a key. */
  public enum Treatment {
    /** Carried into the model; the detail names the model field. */
    MAPPED,
    /** Not carried; reported as {@code model.unmapped-key} with the detail as the reason. */
    UNMAPPED,
    /** Consumed by the Compose loader (merged, resolved or obsolete); never reported again here. */
    LOADER
  }

  /**
   * One key's treatment.
   *
   * @param detail the model field it goes to ({@link Treatment#MAPPED}), why it is not carried
   *     ({@link Treatment#UNMAPPED}), or what the loader did with it ({@link Treatment#LOADER})
   * @param normalizerDefault for unmapped keys, true for the value the normalizer writes by itself, which must not
   *     produce a warning (such as {@code ipam: {}})
   */
  public record Rule(Scope scope, String key, Treatment treatment, String detail, Predicate<YNode> normalizerDefault) {

    /** True when a value of this key must be reported. */
    public boolean reports(YNode value) {
      return treatment == Treatment.UNMAPPED && !normalizerDefault.test(value);
    }

    /**
     * The key as a path with {@code *} for names the user chooses and {@code []} for list items, such as
     * {@code services.*.ports[].published} or {@code volumes.*.driver}: how the targets' mapping tables and the
     * documentation name it.
     */
    public String id() {
      return scope == Scope.PROJECT ? key : scope.pattern() + "." + key;
    }
  }

  private static final Predicate<YNode> NEVER = v -> false;
  private static final Predicate<YNode> EMPTY_MAP = v -> v instanceof YMap m && m.isEmpty() || v.isNull();
  private static final Predicate<YNode> TRUE = v -> v instanceof YScalar s && Boolean.TRUE.equals(s.value());

  private static final String BUILD_ONLY = "a build setting; generated artefacts deploy an image that is already built";
  private static final String ENGINE = "an engine-level setting the model has no place for";
  private static final String SWARM = "a Swarm-only setting";

  private static final Map<Scope, Map<String, Rule>> RULES = build();

  private static Map<Scope, Map<String, Rule>> build() {
    Table t = new Table();
    Scope s = Scope.PROJECT;
    t.loader(s, "version", "obsolete; the loader warns about it");
    t.mapped(s, "name", "Project.name");
    t.loader(s, "include", "the included files are merged into the project by the loader");
    t.mapped(s, "services", "Project.services");
    t.mapped(s, "networks", "Project.networks");
    t.mapped(s, "volumes", "Project.volumes");
    t.mapped(s, "secrets", "Project.secrets");
    t.mapped(s, "configs", "Project.configs");
    t.unmapped(s, "models", "AI model definitions are not supported");
    t.mapped(s, "x-juju", "Project.hints.juju");
    t.mapped(s, "x-brooklyn", "Project.hints.brooklyn");

    s = Scope.SERVICE;
    t.mapped(s, "image", "Service.image");
    t.mapped(s, "build", "Service.build");
    t.mapped(s, "command", "Service.command");
    t.mapped(s, "entrypoint", "Service.entrypoint");
    t.mapped(s, "environment", "Service.environment");
    t.loader(s, "env_file", "the files' variables are merged into environment by the loader");
    t.loader(s, "label_file", "the files' labels are merged into labels by the loader");
    t.loader(s, "extends", "resolved by the loader");
    t.mapped(s, "ports", "Service.ports");
    t.mapped(s, "expose", "Service.expose");
    t.mapped(s, "volumes", "Service.mounts");
    t.mapped(s, "tmpfs", "Service.mounts (type tmpfs)");
    t.mapped(s, "volumes_from", "Service.dependencies (via volumes_from)");
    t.mapped(s, "depends_on", "Service.dependencies (via depends_on)");
    t.mapped(s, "links", "Service.dependencies (via links, with the alias)");
    t.mapped(s, "network_mode", "Service.networkMode; service:x also in Service.dependencies");
    t.mapped(s, "networks", "Service.networks");
    t.mapped(s, "healthcheck", "Service.healthcheck");
    t.mapped(s, "deploy", "Service.deployment and Service.restart");
    t.mapped(s, "scale", "Service.deployment.replicas");
    t.mapped(s, "cpus", "Service.deployment.resources.cpuLimit");
    t.mapped(s, "mem_limit", "Service.deployment.resources.memoryLimitBytes");
    t.mapped(s, "mem_reservation", "Service.deployment.resources.memoryReservationBytes");
    t.mapped(s, "pids_limit", "Service.deployment.resources.pidsLimit");
    t.mapped(s, "restart", "Service.restart");
    t.mapped(s, "labels", "Service.labels (and Service.branding)");
    t.mapped(s, "user", "Service.user");
    t.mapped(s, "working_dir", "Service.workingDir");
    t.mapped(s, "secrets", "Service.secrets");
    t.mapped(s, "configs", "Service.configs");
    t.mapped(s, "profiles", "Service.profiles");
    t.mapped(s, "privileged", "Service.options.privileged");
    t.mapped(s, "cap_add", "Service.options.capAdd");
    t.mapped(s, "cap_drop", "Service.options.capDrop");
    t.mapped(s, "read_only", "Service.options.readOnlyRootFilesystem");
    t.mapped(s, "init", "Service.options.init");
    t.mapped(s, "hostname", "Service.options.hostname");
    t.mapped(s, "extra_hosts", "Service.options.extraHosts");
    t.mapped(s, "stop_signal", "Service.options.stopSignal");
    t.mapped(s, "stop_grace_period", "Service.options.stopGracePeriod");
    t.mapped(s, "tty", "Service.options.tty");
    t.mapped(s, "stdin_open", "Service.options.stdinOpen");
    t.mapped(s, "pull_policy", "Service.options.pullPolicy");
    t.mapped(s, "platform", "Service.options.platform");
    t.mapped(s, "container_name", "Service.options.containerName");
    t.mapped(s, "shm_size", "Service.options.shmSizeBytes");
    t.mapped(s, "sysctls", "Service.options.sysctls");
    t.mapped(s, "ulimits", "Service.options.ulimits");
    t.mapped(s, "devices", "Service.options.devices");
    t.mapped(s, "dns", "Service.options.dns");
    t.mapped(s, "security_opt", "Service.options.securityOpt");
    t.mapped(s, "group_add", "Service.options.groupAdd");
    t.mapped(s, "x-juju", "Service.hints.juju");
    t.mapped(s, "x-brooklyn", "Service.hints.brooklyn");
    t.unmapped(s, "annotations", "container annotations are " + ENGINE);
    t.unmapped(s, "attach", "it only selects the logs `docker compose up` shows");
    t.unmapped(s, "blkio_config", "block I/O limits are " + ENGINE);
    t.unmapped(s, "cgroup", "the cgroup namespace is " + ENGINE);
    t.unmapped(s, "cgroup_parent", "the parent cgroup is " + ENGINE);
    t.unmapped(s, "cpu_count", "CPU counts for Windows containers are " + ENGINE);
    t.unmapped(s, "cpu_percent", "CPU percentages for Windows containers are " + ENGINE);
    t.unmapped(s, "cpu_shares", "relative CPU weights are " + ENGINE + "; use cpus");
    t.unmapped(s, "cpu_quota", "CFS quotas are " + ENGINE + "; use cpus");
    t.unmapped(s, "cpu_period", "CFS periods are " + ENGINE + "; use cpus");
    t.unmapped(s, "cpu_rt_period", "real-time CPU periods are " + ENGINE);
    t.unmapped(s, "cpu_rt_runtime", "real-time CPU budgets are " + ENGINE);
    t.unmapped(s, "cpuset", "CPU pinning is " + ENGINE);
    t.unmapped(s, "credential_spec", "Windows credential specs are " + ENGINE);
    t.unmapped(s, "device_cgroup_rules", "device cgroup rules are " + ENGINE);
    t.unmapped(s, "dns_opt", "resolver options are " + ENGINE);
    t.unmapped(s, "dns_search", "DNS search domains are " + ENGINE);
    t.unmapped(s, "domainname", "the container's domain name is " + ENGINE);
    t.unmapped(s, "provider", "services run by a Compose provider plugin are not supported");
    t.unmapped(s, "external_links", "they name containers outside the project, which gen cannot connect");
    t.unmapped(s, "gpus", "the model has no GPU requests");
    t.unmapped(s, "ipc", "the IPC namespace is " + ENGINE);
    t.unmapped(s, "isolation", "the isolation technology is " + ENGINE);
    t.unmapped(s, "logging", "the logging driver is " + ENGINE);
    t.unmapped(s, "mac_address", "a fixed MAC address is " + ENGINE);
    t.unmapped(s, "mem_swappiness", "swappiness is " + ENGINE);
    t.unmapped(s, "memswap_limit", "the swap limit is " + ENGINE);
    t.unmapped(s, "models", "AI model bindings are not supported");
    t.unmapped(s, "oom_kill_disable", "OOM-killer settings are " + ENGINE);
    t.unmapped(s, "oom_score_adj", "OOM-killer settings are " + ENGINE);
    t.unmapped(s, "pid", "the PID namespace is " + ENGINE);
    t.unmapped(s, "post_start", "the model has no lifecycle hooks");
    t.unmapped(s, "pre_stop", "the model has no lifecycle hooks");
    t.unmapped(s, "pull_refresh_after", "it only tunes `docker compose` image pulls");
    t.unmapped(s, "runtime", "the OCI runtime is " + ENGINE);
    t.unmapped(s, "storage_opt", "storage driver options are " + ENGINE);
    t.unmapped(s, "use_api_socket", "the model does not hand the Docker API socket to containers");
    t.unmapped(s, "userns_mode", "the user namespace is " + ENGINE);
    t.unmapped(s, "uts", "the UTS namespace is " + ENGINE);
    t.unmapped(s, "develop", "it only drives `docker compose watch` during development");

    s = Scope.BUILD;
    t.mapped(s, "context", "Build.context (and Build.gitRepository, Build.gitRef)");
    t.mapped(s, "dockerfile", "Build.dockerfile");
    t.mapped(s, "dockerfile_inline", "Build.dockerfileInline");
    t.mapped(s, "args", "Build.args");
    t.mapped(s, "target", "Build.target");
    for (String key : List.of("entitlements", "ssh", "labels", "cache_from", "cache_to", "no_cache",
        "additional_contexts", "network", "provenance", "sbom", "pull", "shm_size", "extra_hosts", "isolation",
        "privileged", "secrets", "tags", "ulimits", "platforms")) {
      t.unmapped(s, key, BUILD_ONLY);
    }

    s = Scope.DEPLOY;
    t.mapped(s, "mode", "Deployment.mode");
    t.mapped(s, "replicas", "Deployment.replicas");
    t.mapped(s, "labels", "Deployment.labels");
    t.mapped(s, "resources", "Deployment.resources");
    t.mapped(s, "restart_policy", "Service.restart");
    t.mapped(s, "placement", "Deployment.placementConstraints and placementPreferences");
    t.unmapped(s, "endpoint_mode", SWARM);
    t.unmapped(s, "update_config", "rolling-update settings are " + SWARM);
    t.unmapped(s, "rollback_config", "rollback settings are " + SWARM);

    s = Scope.DEPLOY_RESOURCES;
    t.mapped(s, "limits", "Resources.cpuLimit, memoryLimitBytes, pidsLimit");
    t.mapped(s, "reservations", "Resources.cpuReservation, memoryReservationBytes");

    s = Scope.RESOURCE_LIMITS;
    t.mapped(s, "cpus", "Resources.cpuLimit");
    t.mapped(s, "memory", "Resources.memoryLimitBytes");
    t.mapped(s, "pids", "Resources.pidsLimit");

    s = Scope.RESOURCE_RESERVATIONS;
    t.mapped(s, "cpus", "Resources.cpuReservation");
    t.mapped(s, "memory", "Resources.memoryReservationBytes");
    t.unmapped(s, "devices", "the model has no device reservations (GPUs...)");
    t.unmapped(s, "generic_resources", "generic resources are " + SWARM);

    s = Scope.RESTART_POLICY;
    t.mapped(s, "condition", "RestartPolicy.condition");
    t.mapped(s, "delay", "RestartPolicy.delay");
    t.mapped(s, "max_attempts", "RestartPolicy.maxAttempts");
    t.mapped(s, "window", "RestartPolicy.window");

    s = Scope.PLACEMENT;
    t.mapped(s, "constraints", "Deployment.placementConstraints");
    t.mapped(s, "preferences", "Deployment.placementPreferences");
    t.unmapped(s, "max_replicas_per_node", "a per-node replica cap is " + SWARM);

    t.mapped(Scope.PLACEMENT_PREFERENCE, "spread", "Deployment.placementPreferences");

    s = Scope.HEALTHCHECK;
    t.mapped(s, "test", "Healthcheck.test");
    t.mapped(s, "interval", "Healthcheck.interval");
    t.mapped(s, "timeout", "Healthcheck.timeout");
    t.mapped(s, "retries", "Healthcheck.retries");
    t.mapped(s, "start_period", "Healthcheck.startPeriod");
    t.mapped(s, "start_interval", "Healthcheck.startInterval");
    t.mapped(s, "disable", "Healthcheck.disabled");

    s = Scope.PORT;
    t.mapped(s, "target", "PortMapping.target");
    t.mapped(s, "published", "PortMapping.published");
    t.mapped(s, "host_ip", "PortMapping.hostIp");
    t.mapped(s, "protocol", "PortMapping.protocol");
    t.mapped(s, "mode", "PortMapping.mode");
    t.mapped(s, "app_protocol", "PortMapping.appProtocol");
    t.mapped(s, "name", "PortMapping.name");

    s = Scope.MOUNT;
    t.mapped(s, "type", "Mount.type");
    t.mapped(s, "source", "Mount.source");
    t.mapped(s, "target", "Mount.target");
    t.mapped(s, "read_only", "Mount.readOnly");
    t.mapped(s, "bind", "(its keys)");
    t.mapped(s, "volume", "(its keys)");
    t.mapped(s, "tmpfs", "(its keys)");
    t.mapped(s, "image", "(its keys)");
    t.unmapped(s, "consistency", "mount consistency only matters to Docker Desktop on macOS");

    s = Scope.MOUNT_BIND;
    t.unmapped(s, "propagation", "bind propagation is " + ENGINE);
    t.unmapped(s, "selinux", "SELinux relabelling is " + ENGINE);
    t.put(Table.rule(s, "create_host_path", Treatment.UNMAPPED,
        "the model does not record that a missing host path must not be created", TRUE));
    t.unmapped(Scope.MOUNT_BIND, "recursive", "recursive read-only binds are " + ENGINE);

    t.unmapped(Scope.MOUNT_VOLUME, "labels", "labels of a volume created for the mount are " + ENGINE);
    t.unmapped(Scope.MOUNT_VOLUME, "nocopy", "not copying the image's content into a new volume is " + ENGINE);
    t.unmapped(Scope.MOUNT_VOLUME, "subpath", "the model mounts whole volumes only");
    t.mapped(Scope.MOUNT_TMPFS, "size", "Mount.sizeBytes");
    t.unmapped(Scope.MOUNT_TMPFS, "mode", "a tmpfs's file mode is " + ENGINE);
    t.unmapped(Scope.MOUNT_IMAGE, "subpath", "the model mounts whole images only");

    s = Scope.DEPENDENCY;
    t.mapped(s, "condition", "Dependency.condition");
    t.mapped(s, "required", "Dependency.required");
    t.mapped(s, "restart", "Dependency.restart");

    s = Scope.SERVICE_NETWORK;
    t.mapped(s, "aliases", "NetworkAttachment.aliases");
    t.mapped(s, "ipv4_address", "NetworkAttachment.ipv4Address");
    t.mapped(s, "ipv6_address", "NetworkAttachment.ipv6Address");
    t.unmapped(s, "interface_name", "the interface name is " + ENGINE);
    t.unmapped(s, "link_local_ips", "link-local addresses are " + ENGINE);
    t.unmapped(s, "mac_address", "a fixed MAC address is " + ENGINE);
    t.unmapped(s, "driver_opts", "per-endpoint driver options are " + ENGINE);
    t.unmapped(s, "priority", "the network connection order is " + ENGINE);
    t.unmapped(s, "gw_priority", "the default-gateway choice is " + ENGINE);

    s = Scope.FILE_REFERENCE;
    t.mapped(s, "source", "ResourceRef.name");
    t.mapped(s, "target", "ResourceRef.target");
    t.mapped(s, "uid", "ResourceRef.uid");
    t.mapped(s, "gid", "ResourceRef.gid");
    t.mapped(s, "mode", "ResourceRef.mode");

    s = Scope.DEVICE;
    t.mapped(s, "source", "ContainerOptions.devices");
    t.mapped(s, "target", "ContainerOptions.devices");
    t.mapped(s, "permissions", "ContainerOptions.devices");

    t.mapped(Scope.ULIMIT, "soft", "ContainerOptions.ulimits");
    t.mapped(Scope.ULIMIT, "hard", "ContainerOptions.ulimits");

    s = Scope.NETWORK;
    t.mapped(s, "name", "Network.externalName for external networks; another custom name is reported");
    t.mapped(s, "driver", "Network.driver");
    t.mapped(s, "external", "Network.external");
    t.mapped(s, "internal", "Network.internal");
    t.put(Table.rule(s, "ipam", Treatment.UNMAPPED, "IP address management is " + ENGINE, EMPTY_MAP));
    t.unmapped(s, "driver_opts", "network driver options are " + ENGINE);
    t.unmapped(s, "attachable", "attachable networks are " + SWARM);
    t.put(Table.rule(s, "enable_ipv4", Treatment.UNMAPPED, "switching IPv4 off is " + ENGINE, TRUE));
    t.unmapped(s, "enable_ipv6", "IPv6 networking is " + ENGINE);
    t.unmapped(s, "labels", "network labels are " + ENGINE);

    s = Scope.VOLUME;
    t.mapped(s, "name", "Volume.externalName for external volumes; another custom name is reported");
    t.mapped(s, "driver", "Volume.driver");
    t.mapped(s, "driver_opts", "Volume.driverOptions");
    t.mapped(s, "external", "Volume.external");
    t.mapped(s, "labels", "Volume.labels");

    s = Scope.SECRET;
    t.mapped(s, "name", "SecretDefinition.reference for external secrets; another custom name is reported");
    t.mapped(s, "file", "SecretDefinition (kind file, reference)");
    t.mapped(s, "environment", "SecretDefinition (kind environment, reference)");
    t.mapped(s, "content", "SecretDefinition (kind content); the value itself never enters the model");
    t.mapped(s, "external", "SecretDefinition (kind external)");
    t.unmapped(s, "labels", "secret labels are " + SWARM);
    t.unmapped(s, "driver", "secret drivers are " + SWARM);
    t.unmapped(s, "driver_opts", "secret drivers are " + SWARM);
    t.unmapped(s, "template_driver", "secret templating is " + SWARM);

    s = Scope.CONFIG;
    t.mapped(s, "name", "ConfigDefinition.reference for external configs; another custom name is reported");
    t.mapped(s, "file", "ConfigDefinition (kind file, reference)");
    t.mapped(s, "environment", "ConfigDefinition (kind environment, reference)");
    t.mapped(s, "content", "ConfigDefinition.content");
    t.mapped(s, "external", "ConfigDefinition (kind external)");
    t.unmapped(s, "labels", "config labels are " + SWARM);
    t.unmapped(s, "template_driver", "config templating is " + SWARM);
    return t.done();
  }

  private ComposeKeys() {}

  /** Every rule, grouped by scope in {@link Scope} order, keys in table order. */
  public static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    RULES.values().forEach(m -> all.addAll(m.values()));
    return Collections.unmodifiableList(all);
  }

  public static Optional<Rule> rule(Scope scope, String key) {
    return Optional.ofNullable(RULES.getOrDefault(scope, Map.of()).get(key));
  }

  /** Collects the rules while the table is built; the result is read-only. */
  private static final class Table {
    private final Map<Scope, Map<String, Rule>> rules = new LinkedHashMap<>();

    void mapped(Scope scope, String key, String field) {
      put(rule(scope, key, Treatment.MAPPED, field, NEVER));
    }

    void unmapped(Scope scope, String key, String reason) {
      put(rule(scope, key, Treatment.UNMAPPED, reason, NEVER));
    }

    void loader(Scope scope, String key, String what) {
      put(rule(scope, key, Treatment.LOADER, what, NEVER));
    }

    static Rule rule(Scope scope, String key, Treatment treatment, String detail, Predicate<YNode> dflt) {
      return new Rule(scope, key, treatment, detail, dflt);
    }

    void put(Rule rule) {
      Rule previous = rules.computeIfAbsent(rule.scope(), k -> new LinkedHashMap<>()).put(rule.key(), rule);
      if (previous != null) {
        throw new IllegalStateException("duplicate rule for " + rule.scope() + " " + rule.key());
      }
    }

    Map<Scope, Map<String, Rule>> done() {
      Map<Scope, Map<String, Rule>> out = new LinkedHashMap<>();
      for (Scope scope : Scope.values()) {
        out.put(scope, Collections.unmodifiableMap(rules.getOrDefault(scope, new LinkedHashMap<>())));
      }
      return Collections.unmodifiableMap(out);
    }
  }
}
