package dev.gen.compose;

import static dev.gen.compose.GoType.Kind.ANY;
import static dev.gen.compose.GoType.Kind.BOOL;
import static dev.gen.compose.GoType.Kind.BYTES;
import static dev.gen.compose.GoType.Kind.DEVICE_COUNT;
import static dev.gen.compose.GoType.Kind.DURATION;
import static dev.gen.compose.GoType.Kind.EXTERNAL;
import static dev.gen.compose.GoType.Kind.FILE_MODE;
import static dev.gen.compose.GoType.Kind.FLOAT32;
import static dev.gen.compose.GoType.Kind.HEALTH_TEST;
import static dev.gen.compose.GoType.Kind.HOSTS_LIST;
import static dev.gen.compose.GoType.Kind.INT;
import static dev.gen.compose.GoType.Kind.MAPPING;
import static dev.gen.compose.GoType.Kind.MAPPING_WITH_EQUALS;
import static dev.gen.compose.GoType.Kind.NANO_CPUS;
import static dev.gen.compose.GoType.Kind.OPTIONS;
import static dev.gen.compose.GoType.Kind.SHELL_COMMAND;
import static dev.gen.compose.GoType.Kind.SSH;
import static dev.gen.compose.GoType.Kind.STRING;
import static dev.gen.compose.GoType.Kind.STRING_LIST;
import static dev.gen.compose.GoType.Kind.STRING_OR_NUMBER_LIST;
import static dev.gen.compose.GoType.Kind.ULIMIT;
import static dev.gen.compose.GoType.of;
import static dev.gen.compose.GoType.ptr;
import static dev.gen.compose.GoType.slice;

/**
 * compose-go's project model ({@code types/types.go}, {@code types/project.go}) as {@link GoType}s: which keys a
 * service, network, volume, secret or config has, their Go types and JSON tags. This is what decides the shape of
 * the normalized project (what {@code docker compose config --format json} prints): empty fields with
 * {@code omitempty} vanish, {@code command} and {@code entrypoint} always show, structs such as
 * {@code deploy.placement} print as {@code {}}.
 */
final class ComposeTypes {

  private ComposeTypes() {}

  private static final GoType S = of(STRING);
  private static final GoType I = of(INT);
  private static final GoType B = of(BOOL);
  private static final GoType STRINGS = slice(S);

  static final GoType ULIMITS = GoType.map(ptr(of(ULIMIT)));

  static final GoType DEVICE_REQUEST = GoType.struct()
      .opt("capabilities", STRINGS)
      .opt("driver", S)
      .opt("count", of(DEVICE_COUNT))
      .opt("device_ids", STRINGS)
      .opt("options", of(MAPPING))
      .build();

  static final GoType FILE_REFERENCE = GoType.struct()
      .opt("source", S)
      .opt("target", S)
      .opt("uid", S)
      .opt("gid", S)
      .opt("mode", ptr(of(FILE_MODE)))
      .build();

  static final GoType BUILD = GoType.struct()
      .opt("context", S)
      .opt("dockerfile", S)
      .opt("dockerfile_inline", S)
      .opt("entitlements", STRINGS)
      .opt("args", of(MAPPING_WITH_EQUALS))
      .opt("ssh", of(SSH))
      .opt("labels", of(MAPPING))
      .opt("cache_from", of(STRING_LIST))
      .opt("cache_to", of(STRING_LIST))
      .opt("no_cache", B)
      .opt("additional_contexts", of(MAPPING))
      .opt("pull", B)
      .opt("extra_hosts", of(HOSTS_LIST))
      .opt("isolation", S)
      .opt("network", S)
      .opt("target", S)
      .opt("secrets", slice(FILE_REFERENCE))
      .opt("shm_size", of(BYTES))
      .opt("tags", of(STRING_LIST))
      .opt("ulimits", ULIMITS)
      .opt("platforms", of(STRING_LIST))
      .opt("privileged", B)
      .opt("provenance", of(ANY))
      .opt("sbom", of(ANY))
      .build();

  static final GoType UPDATE = GoType.struct()
      .opt("parallelism", ptr(I))
      .opt("delay", of(DURATION))
      .opt("failure_action", S)
      .opt("monitor", of(DURATION))
      .opt("max_failure_ratio", of(FLOAT32))
      .opt("order", S)
      .build();

  static final GoType RESOURCE = GoType.struct()
      .opt("cpus", of(NANO_CPUS))
      .opt("memory", of(BYTES))
      .opt("pids", I)
      .opt("devices", slice(DEVICE_REQUEST))
      .opt("generic_resources", slice(GoType.struct()
          .opt("discrete_resource_spec", ptr(GoType.struct()
              .always("kind", S)
              .always("value", I)
              .build()))
          .build()))
      .build();

  static final GoType DEPLOY = GoType.struct()
      .opt("mode", S)
      .opt("replicas", ptr(I))
      .opt("labels", of(MAPPING))
      .opt("update_config", ptr(UPDATE))
      .opt("rollback_config", ptr(UPDATE))
      .always("resources", GoType.struct()
          .opt("limits", ptr(RESOURCE))
          .opt("reservations", ptr(RESOURCE))
          .build())
      .opt("restart_policy", ptr(GoType.struct()
          .opt("condition", S)
          .opt("delay", ptr(of(DURATION)))
          .opt("max_attempts", ptr(I))
          .opt("window", ptr(of(DURATION)))
          .build()))
      .always("placement", GoType.struct()
          .opt("constraints", STRINGS)
          .opt("preferences", slice(GoType.struct().opt("spread", S).build()))
          .opt("max_replicas_per_node", I)
          .build())
      .opt("endpoint_mode", S)
      .build();

  static final GoType SERVICE_NETWORK = GoType.struct()
      .opt("aliases", STRINGS)
      .opt("driver_opts", of(OPTIONS))
      .opt("gw_priority", I)
      .opt("interface_name", S)
      .opt("ipv4_address", S)
      .opt("ipv6_address", S)
      .opt("link_local_ips", STRINGS)
      .opt("mac_address", S)
      .opt("priority", I)
      .build();

  static final GoType PORT = GoType.struct()
      .opt("name", S)
      .opt("mode", S)
      .opt("host_ip", S)
      .opt("target", I)
      .opt("published", S)
      .opt("protocol", S)
      .opt("app_protocol", S)
      .build();

  static final GoType SERVICE_VOLUME = GoType.struct()
      .opt("type", S)
      .opt("source", S)
      .opt("target", S)
      .opt("read_only", B)
      .opt("consistency", S)
      .opt("bind", ptr(GoType.struct()
          .opt("selinux", S)
          .opt("propagation", S)
          .opt("create_host_path", B)
          .opt("recursive", S)
          .build()))
      .opt("volume", ptr(GoType.struct()
          .opt("labels", of(MAPPING))
          .opt("nocopy", B)
          .opt("subpath", S)
          .build()))
      .opt("tmpfs", ptr(GoType.struct()
          .opt("size", of(BYTES))
          .opt("mode", of(FILE_MODE))
          .build()))
      .opt("image", ptr(GoType.struct().opt("subpath", S).build()))
      .build();

  static final GoType HEALTHCHECK = GoType.struct()
      .opt("test", of(HEALTH_TEST))
      .opt("timeout", ptr(of(DURATION)))
      .opt("interval", ptr(of(DURATION)))
      .opt("retries", ptr(I))
      .opt("start_period", ptr(of(DURATION)))
      .opt("start_interval", ptr(of(DURATION)))
      .opt("disable", B)
      .build();

  static final GoType HOOK = GoType.struct()
      .always("command", of(SHELL_COMMAND))
      .opt("user", S)
      .opt("privileged", B)
      .opt("working_dir", S)
      .opt("environment", of(MAPPING_WITH_EQUALS))
      .build();

  static final GoType ENV_FILE = GoType.struct()
      .opt("path", S)
      .always("required", B)
      .opt("format", S)
      .build();

  static final GoType SERVICE = GoType.struct()
      .opt("profiles", STRINGS)
      .opt("annotations", of(MAPPING))
      .opt("attach", ptr(B))
      .opt("build", ptr(BUILD))
      .opt("develop", ptr(GoType.struct()
          .opt("watch", slice(GoType.struct()
              .always("path", S)
              .always("action", S)
              .opt("target", S)
              .always("exec", HOOK)
              .opt("ignore", STRINGS)
              .opt("include", STRINGS)
              .opt("initial_sync", B)
              .build()))
          .build()))
      .opt("blkio_config", ptr(GoType.struct()
          .opt("weight", I)
          .opt("weight_device", slice(GoType.struct()
              .untagged("path", "Path", S)
              .untagged("weight", "Weight", I)
              .build()))
          .opt("device_read_bps", slice(throttle()))
          .opt("device_read_iops", slice(throttle()))
          .opt("device_write_bps", slice(throttle()))
          .opt("device_write_iops", slice(throttle()))
          .build()))
      .opt("cap_add", STRINGS)
      .opt("cap_drop", STRINGS)
      .opt("cgroup_parent", S)
      .opt("cgroup", S)
      .opt("cpu_count", I)
      .opt("cpu_percent", of(FLOAT32))
      .opt("cpu_period", I)
      .opt("cpu_quota", I)
      .opt("cpu_rt_period", I)
      .opt("cpu_rt_runtime", I)
      .opt("cpus", of(FLOAT32))
      .opt("cpuset", S)
      .opt("cpu_shares", I)
      .always("command", of(SHELL_COMMAND))
      .opt("configs", slice(FILE_REFERENCE))
      .opt("container_name", S)
      .opt("credential_spec", ptr(GoType.struct().opt("config", S).opt("file", S).opt("registry", S).build()))
      .opt("depends_on", GoType.map(GoType.struct()
          .opt("condition", S)
          .opt("restart", B)
          .always("required", B)
          .build()))
      .opt("deploy", ptr(DEPLOY))
      .opt("device_cgroup_rules", STRINGS)
      .opt("devices", slice(GoType.struct().opt("source", S).opt("target", S).opt("permissions", S).build()))
      .opt("dns", of(STRING_LIST))
      .opt("dns_opt", STRINGS)
      .opt("dns_search", of(STRING_LIST))
      .opt("dockerfile", S)
      .opt("domainname", S)
      .always("entrypoint", of(SHELL_COMMAND))
      .opt("provider", of(ANY))
      .opt("environment", of(MAPPING_WITH_EQUALS))
      .opt("env_file", slice(ENV_FILE))
      .opt("expose", of(STRING_OR_NUMBER_LIST))
      .opt("extends", ptr(GoType.struct().opt("file", S).opt("service", S).build()))
      .opt("external_links", STRINGS)
      .opt("extra_hosts", of(HOSTS_LIST))
      .opt("group_add", STRINGS)
      .opt("gpus", slice(DEVICE_REQUEST))
      .opt("hostname", S)
      .opt("healthcheck", ptr(HEALTHCHECK))
      .opt("image", S)
      .opt("init", ptr(B))
      .opt("ipc", S)
      .opt("isolation", S)
      .opt("labels", of(MAPPING))
      .opt("label_file", STRINGS)
      .opt("links", STRINGS)
      .opt("logging", ptr(GoType.struct().opt("driver", S).opt("options", of(OPTIONS)).build()))
      .opt("log_driver", S)
      .opt("log_opt", of(OPTIONS))
      .opt("mem_limit", of(BYTES))
      .opt("mem_reservation", of(BYTES))
      .opt("memswap_limit", of(BYTES))
      .opt("mem_swappiness", of(BYTES))
      .opt("mac_address", S)
      .opt("models", of(ANY))
      .opt("net", S)
      .opt("network_mode", S)
      .opt("networks", GoType.map(ptr(SERVICE_NETWORK)))
      .opt("oom_kill_disable", B)
      .opt("oom_score_adj", I)
      .opt("pid", S)
      .opt("pids_limit", I)
      .opt("platform", S)
      .opt("ports", slice(PORT))
      .opt("privileged", B)
      .opt("pull_policy", S)
      .opt("read_only", B)
      .opt("restart", S)
      .opt("runtime", S)
      .opt("scale", ptr(I))
      .opt("secrets", slice(FILE_REFERENCE))
      .opt("security_opt", STRINGS)
      .opt("shm_size", of(BYTES))
      .opt("stdin_open", B)
      .opt("stop_grace_period", ptr(of(DURATION)))
      .opt("stop_signal", S)
      .opt("storage_opt", of(OPTIONS))
      .opt("sysctls", of(MAPPING))
      .opt("tmpfs", of(STRING_LIST))
      .opt("tty", B)
      .opt("ulimits", ULIMITS)
      .opt("use_api_socket", B)
      .opt("user", S)
      .opt("userns_mode", S)
      .opt("uts", S)
      .opt("volume_driver", S)
      .opt("volumes", slice(SERVICE_VOLUME))
      .opt("volumes_from", STRINGS)
      .opt("working_dir", S)
      .opt("post_start", slice(HOOK))
      .opt("pre_stop", slice(HOOK))
      .build();

  private static GoType throttle() {
    return GoType.struct().untagged("path", "Path", S).untagged("rate", "Rate", of(BYTES)).build();
  }

  static final GoType NETWORK = GoType.struct()
      .opt("name", S)
      .opt("driver", S)
      .opt("driver_opts", of(OPTIONS))
      .always("ipam", GoType.struct()
          .opt("driver", S)
          .opt("config", slice(ptr(GoType.struct()
              .opt("subnet", S)
              .opt("gateway", S)
              .opt("ip_range", S)
              .opt("aux_addresses", of(MAPPING))
              .build())))
          .build())
      .opt("external", of(EXTERNAL))
      .opt("internal", B)
      .opt("attachable", B)
      .opt("labels", of(MAPPING))
      .opt("enable_ipv4", ptr(B))
      .opt("enable_ipv6", ptr(B))
      .build();

  static final GoType VOLUME = GoType.struct()
      .opt("name", S)
      .opt("driver", S)
      .opt("driver_opts", of(OPTIONS))
      .opt("external", of(EXTERNAL))
      .opt("labels", of(MAPPING))
      .build();

  /** Secrets and configs ({@code types.FileObjectConfig}). */
  static final GoType FILE_OBJECT = GoType.struct()
      .opt("name", S)
      .opt("file", S)
      .opt("environment", S)
      .opt("content", S)
      .opt("external", of(EXTERNAL))
      .opt("labels", of(MAPPING))
      .opt("driver", S)
      .opt("driver_opts", of(OPTIONS))
      .opt("template_driver", S)
      .build();
}
