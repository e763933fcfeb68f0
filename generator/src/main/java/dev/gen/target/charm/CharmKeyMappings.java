package dev.gen.target.charm;

import static dev.gen.target.KeyMappings.carried;
import static dev.gen.target.KeyMappings.notCarried;
import static dev.gen.target.KeyMappings.notNeeded;
import static dev.gen.target.KeyMappings.partly;

import dev.gen.target.KeyMapping;
import dev.gen.target.MappingColumn;
import dev.gen.target.KeyMappings;

/**
 * What the charm target makes of every Compose key the service model carries, for each flavour: the source of the
 * charm columns of {@code docs/mapping.md} and of {@code gen report}. A key that is not carried is reported as a
 * {@code charm.unmapped} warning; {@code CharmKeyMappingsTest} checks the table against those warnings.
 */
public final class CharmKeyMappings {

  private static final String CODE = "charm.unmapped";
  private static final KeyMappings.Pair COLUMNS = build();
  private static final MappingColumn K8S = COLUMNS.first();
  private static final MappingColumn MACHINE = COLUMNS.second();

  private CharmKeyMappings() {}

  /** The Kubernetes flavour's column. */
  public static MappingColumn k8s() {
    return K8S;
  }

  /** The machine flavour's column. */
  public static MappingColumn machine() {
    return MACHINE;
  }

  public static MappingColumn of(CharmFlavour flavour) {
    return flavour == CharmFlavour.MACHINE ? MACHINE : K8S;
  }

  private static final String ENGINE_K8S = "a Kubernetes charm's workload container has no such setting";

  private static KeyMappings.Pair build() {
    KeyMappings.Pair t = new KeyMappings.Pair(
        MappingColumn.builder("charm-k8s", "charm (Kubernetes)", CODE),
        MappingColumn.builder("charm-machine", "charm (machine)", CODE));

    // ---- the top level ----
    t.both("name", carried("names the project in the charm's description and README"));
    t.both("services", carried("one charm per service"));
    t.both("networks", notNeeded("units reach each other through relations; what a service joins is reported with"
        + " it"));
    t.both("volumes", carried("the volumes services mount become storage"));
    t.both("secrets", carried("the secrets services mount become secret options"));
    t.both("configs", notCarried("not carried, as the configs services mount", "services.*.configs"));
    t.both("x-juju", notNeeded("no project-wide hint is read (docs/hints.md)"));
    t.both("x-brooklyn", notNeeded("Brooklyn's hints"));

    // ---- services ----
    String s = "services.*.";
    t.each(s + "image", carried("the image resource's default"),
        carried("pulled on the unit by docker or podman"));
    t.each(s + "build", partly("recorded; a Kubernetes unit cannot build, so the rebuild action prints how to build"
        + " and push the image"), carried("built on the unit from the git repository (options repository and"
        + " git-ref)"));
    t.each(s + "command", partly("the Pebble command, after the entrypoint; a [ or ] argument is reported"),
        carried("the container's command"));
    t.each(s + "entrypoint", carried("the start of the Pebble command (which replaces the image's ENTRYPOINT; gen"
        + " knows it for well-known images)"), carried("the container's entrypoint"));
    t.both(s + "environment", partly("a config option per variable (a secret option for secrets); values naming"
        + " other services are rebuilt from relation data, and reported when they cannot be"));
    t.each(s + "ports", partly("the unit's opened ports; a different host port is a notice, host addresses, mode host"
        + " and sctp are reported"), partly("published on the unit with their host ports and opened; host addresses,"
        + " mode host and sctp are reported"));
    t.each(s + "expose", partly("ports of the workload, given to consumers through the relation; sctp is reported"),
        partly("published on a free host port that the relation gives consumers; sctp is reported"));
    t.each(s + "volumes", partly("volumes become filesystem storage at the same path; binds, tmpfs and other types"
        + " are reported"), partly("volumes become storage, tmpfs mounts stay; binds and other types are reported"));
    t.each(s + "tmpfs", notCarried("a Kubernetes charm has no tmpfs mounts", s + "volumes"),
        carried("--tmpfs on the container"));
    t.both(s + "volumes_from", notCarried("each charm has its own storage; the charms are related"));
    t.both(s + "depends_on", partly("a relation between the two charms (optional when required is false); a"
        + " dependency on a service gen cannot relate to is reported"));
    t.both(s + "links", partly("a relation; an alias is reported, since it does not resolve in the workload"));
    t.each(s + "network_mode", notCarried("units have their own network; the charms are related instead"),
        partly("host and none are kept (--network); service:x is reported"));
    t.both(s + "networks", partly("the default network needs nothing; other networks, aliases and fixed addresses"
        + " are reported"));
    t.each(s + "healthcheck", partly("a Pebble check (exec, or HTTP for a plain curl or wget of localhost); timing"
        + " without a test is reported, since Pebble does not run the image's own check"),
        partly("the container's health check (--health-*); timing without a test (for the image's own check) is"
            + " reported, since the runtimes take a check's timing only with its command"));
    t.both(s + "deploy", partly("replicas, resources and restart policy: see its keys"));
    t.both(s + "scale", partly("a peers relation when above 1; the number of units is chosen at deploy time"));
    t.each(s + "cpus", notCarried("Kubernetes charms get no CPU limit", s + "deploy.resources.limits.cpus"),
        carried("--cpus"));
    t.each(s + "mem_limit", carried("the constraint mem=... in the README's deploy command"),
        carried("--memory"));
    t.each(s + "mem_reservation", notCarried("no resource reservations", s + "deploy.resources.reservations"),
        carried("--memory-reservation"));
    t.each(s + "pids_limit", notCarried("no process limit", s + "deploy.resources.limits.pids"),
        carried("--pids-limit"));
    t.each(s + "restart", partly("Pebble's on-success and on-failure actions; the limit of on-failure:N is"
        + " reported"), partly("--restart, on-failure:N included; a limit of attempts with another condition is"
        + " reported"));
    t.each(s + "labels", partly("OCI and Label Schema labels brand the charm; other labels are reported"),
        carried("container labels; OCI and Label Schema labels also brand the charm"));
    t.each(s + "user", carried("the Pebble service's user and group"), carried("--user"));
    t.each(s + "working_dir", carried("the Pebble service's working directory"), carried("--workdir"));
    t.both(s + "secrets", carried("a secret option each; the charm writes the Juju secret's value to the file, with"
        + " its mode and owner"));
    t.both(s + "configs", notCarried("put the content into the image or a config option"));
    t.both(s + "profiles", notNeeded("the loader already left out the services of inactive profiles"));
    options(t, s);
    t.each(s + "x-juju", partly("branding (title, summary...) and the Charmhub charm that replaces the service"
        + " (charm, channel); a channel without a Charmhub charm is reported"),
        partly("branding (title, summary...) and the Charmhub charm that replaces the service (charm, channel); a"
            + " channel without a Charmhub charm is reported"));
    t.both(s + "x-brooklyn", notNeeded("Brooklyn's hints"));

    // ---- build ----
    String b = "services.*.build.";
    t.each(b + "context", partly("recorded for the rebuild action's instructions"),
        carried("the folder of the repository checkout that is built"));
    t.each(b + "dockerfile", partly("recorded for the rebuild action's instructions"), carried("--file"));
    t.each(b + "dockerfile_inline", partly("recorded for the rebuild action's instructions"),
        carried("written next to the checkout and built"));
    t.each(b + "args", partly("recorded for the rebuild action's instructions"), carried("--build-arg"));
    t.each(b + "target", partly("recorded for the rebuild action's instructions"), carried("--target"));

    // ---- deploy ----
    String d = "services.*.deploy.";
    t.both(d + "mode", partly("replicated is what Juju does; global is reported"));
    t.both(d + "replicas", partly("a peers relation when above 1; the number of units is chosen at deploy time"));
    t.both(d + "labels", notCarried("Juju has no service labels"));
    t.both(d + "resources", partly("see limits and reservations"));
    t.both(d + "restart_policy", partly("see its keys"));
    t.both(d + "placement", notCarried("Juju has no placement constraints or preferences for a charm"));
    t.both(d + "resources.limits", partly("see its keys"));
    t.each(d + "resources.reservations", notCarried("Kubernetes charms get no reservations"),
        partly("memory: --memory-reservation; cpus is reported"));
    t.each(d + "resources.limits.cpus", notCarried("Kubernetes charms get no CPU limit; set a cpu constraint at"
        + " deploy time"), carried("--cpus"));
    t.each(d + "resources.limits.memory", carried("the constraint mem=... in the README's deploy command"),
        carried("--memory"));
    t.each(d + "resources.limits.pids", notCarried("no process limit"), carried("--pids-limit"));
    t.each(d + "resources.reservations.cpus", notCarried("no reservations"),
        notCarried("docker and podman have no CPU reservation"));
    t.each(d + "resources.reservations.memory", notCarried("no reservations"), carried("--memory-reservation"));
    t.each(d + "restart_policy.condition", carried("Pebble's on-success and on-failure actions"),
        carried("--restart"));
    t.each(d + "restart_policy.delay", carried("Pebble's backoff delay"),
        notCarried("Docker and Podman choose their own delay between restarts"));
    t.each(d + "restart_policy.max_attempts", notCarried("Pebble restarts without a limit", s + "restart"),
        partly("--restart on-failure:N; the runtimes count attempts for on-failure only, so a limit with another"
            + " condition is reported"));
    t.both(d + "restart_policy.window", notCarried("no restart window"));
    t.both(d + "placement.constraints", notCarried("no placement constraints"));
    t.both(d + "placement.preferences", notCarried("no placement preferences"));
    t.both(d + "placement.preferences[].spread", notCarried("no placement preferences"));

    // ---- healthcheck ----
    String h = "services.*.healthcheck.";
    t.each(h + "test", carried("an exec check (/bin/sh -c for CMD-SHELL), or an HTTP check"),
        carried("--health-cmd"));
    t.each(h + "interval", carried("the check's period"), carried("--health-interval"));
    t.each(h + "timeout", carried("the check's timeout (halved when it is not below the period, as Pebble needs)"),
        carried("--health-timeout"));
    t.each(h + "retries", carried("the check's failure threshold"), carried("--health-retries"));
    t.each(h + "start_period", notCarried("Pebble checks have no start period"), carried("--health-start-period"));
    t.both(h + "start_interval", notCarried("the check runs at its interval from the start"));
    t.each(h + "disable", carried("no check"), carried("--no-healthcheck"));

    // ---- ports ----
    String p = "services.*.ports[].";
    t.both(p + "target", carried("the opened port"));
    t.each(p + "published", partly("Kubernetes exposes the container port itself; a different host port is a"
        + " notice"), carried("the host port of --publish, opened"));
    t.each(p + "host_ip", notCarried("Juju opens ports on all of the unit's addresses"),
        carried("the host address of --publish: the container is reached on it alone"));
    t.both(p + "protocol", partly("tcp and udp; sctp is reported"));
    t.both(p + "mode", partly("ingress is what Juju does; host is reported"));
    t.both(p + "app_protocol", notNeeded("Juju ports have no application protocol"));
    t.both(p + "name", notNeeded("a name for people; Juju ports have none"));

    // ---- mounts ----
    String v = "services.*.volumes[].";
    t.each(v + "type", partly("volume becomes storage; bind, tmpfs and other types are reported"),
        partly("volume becomes storage, tmpfs stays; bind and other types are reported"));
    t.both(v + "source", carried("names the storage"));
    t.both(v + "target", carried("where the storage is mounted"));
    t.both(v + "read_only", carried("read-only storage"));
    t.both(v + "bind", notNeeded("the model keeps none of its keys"));
    t.both(v + "volume", notNeeded("the model keeps none of its keys"));
    t.both(v + "tmpfs", notNeeded("see size"));
    t.both(v + "image", notNeeded("the model keeps none of its keys"));
    t.each(v + "tmpfs.size", notCarried("a Kubernetes charm has no tmpfs mounts"), carried("--tmpfs size"));

    // ---- dependencies ----
    String dep = "services.*.depends_on.*.";
    t.both(dep + "condition", partly("the charm waits until the relation has the provider's address"
        + " (service_healthy is a notice); service_completed_successfully is reported"));
    t.both(dep + "required", carried("false makes the relation optional"));
    t.both(dep + "restart", partly("the workload restarts when the relation's data changes, not when the provider"
        + " merely restarts"));

    // ---- network attachments ----
    String n = "services.*.networks.*.";
    t.both(n + "aliases", notCarried("units reach each other through relations"));
    t.both(n + "ipv4_address", notCarried("units get their addresses from Juju"));
    t.both(n + "ipv6_address", notCarried("units get their addresses from Juju"));

    // ---- secrets and configs of a service ----
    String f = "services.*.{secrets,configs}[].";
    t.both(f + "source", partly("a secret's option; configs are reported"));
    t.both(f + "target", partly("the path of a secret's file; configs are reported"));
    t.both(f + "uid", partly("the owner of a secret's file; configs are reported"));
    t.both(f + "gid", partly("the group of a secret's file; configs are reported"));
    t.both(f + "mode", partly("the mode of a secret's file (0444 by default); configs are reported"));

    // ---- devices and ulimits ----
    for (String key : new String[] {"source", "target", "permissions"}) {
      t.each("services.*.devices[]." + key, notCarried(ENGINE_K8S), carried("--device"));
    }
    t.each("services.*.ulimits.*.soft", notCarried(ENGINE_K8S), carried("--ulimit"));
    t.each("services.*.ulimits.*.hard", notCarried(ENGINE_K8S), carried("--ulimit"));

    // ---- top-level resources ----
    for (String key : new String[] {"name", "driver", "external", "internal"}) {
      t.both("networks.*." + key, notNeeded("units reach each other through relations; no network is created"));
    }
    t.both("volumes.*.name", notNeeded("storage is named after the volume"));
    t.both("volumes.*.driver", partly("local is Juju's default storage; another driver is reported (choose a storage"
        + " pool at deploy time)"));
    t.both("volumes.*.driver_opts", notCarried("Juju storage has no driver options"));
    t.both("volumes.*.external", notCarried("Juju creates new storage and cannot attach an existing volume"));
    t.both("volumes.*.labels", notCarried("Juju storage has no labels"));
    for (String key : new String[] {"name", "file", "environment", "content", "external"}) {
      t.both("secrets.*." + key, notNeeded("gen never reads a secret's value: the deployer puts it into a Juju secret"
          + " and sets the secret option"));
      t.both("configs.*." + key, notCarried("not carried, as the configs services mount", "services.*.configs"));
    }
    return t;
  }

  /** The container options: a machine charm passes each to the runtime, a Kubernetes charm has none of them. */
  private static void options(KeyMappings.Pair t, String s) {
    t.each(s + "privileged", notCarried(ENGINE_K8S), carried("--privileged"));
    t.each(s + "cap_add", notCarried(ENGINE_K8S), carried("--cap-add"));
    t.each(s + "cap_drop", notCarried(ENGINE_K8S), carried("--cap-drop"));
    t.each(s + "read_only", notCarried(ENGINE_K8S), carried("--read-only"));
    t.each(s + "init", notCarried("Pebble is the workload container's init"), carried("--init"));
    t.each(s + "hostname", notCarried(ENGINE_K8S), carried("--hostname"));
    t.each(s + "extra_hosts", notCarried(ENGINE_K8S), carried("--add-host"));
    t.each(s + "stop_signal", partly("Pebble stops with SIGTERM; another signal is reported"),
        carried("--stop-signal"));
    t.each(s + "stop_grace_period", carried("Pebble's kill delay"), carried("the stop timeout"));
    t.each(s + "tty", notCarried(ENGINE_K8S), carried("--tty"));
    t.each(s + "stdin_open", notCarried(ENGINE_K8S), carried("--interactive"));
    t.each(s + "pull_policy", notCarried("Juju pulls the image resource itself"),
        partly("always and never are kept, missing and if_not_present pull a missing image; build and the refresh"
            + " intervals (daily, weekly, every_...) are reported"));
    t.each(s + "platform", notCarried("choose the charm's platforms in charmcraft.yaml"), carried("--platform"));
    t.each(s + "container_name", notCarried("Juju names the units"),
        notCarried("the container is named after the unit"));
    t.each(s + "shm_size", notCarried(ENGINE_K8S), carried("--shm-size"));
    t.each(s + "sysctls", notCarried(ENGINE_K8S), carried("--sysctl"));
    t.each(s + "ulimits", notCarried(ENGINE_K8S), carried("--ulimit"));
    t.each(s + "devices", notCarried(ENGINE_K8S), carried("--device"));
    t.each(s + "dns", notCarried(ENGINE_K8S), carried("--dns"));
    t.each(s + "security_opt", notCarried(ENGINE_K8S), carried("--security-opt"));
    t.each(s + "group_add", notCarried(ENGINE_K8S), carried("--group-add"));
  }

  /** The cell of a key in the Kubernetes column (for a target that follows it, such as the bundle). */
  public static KeyMapping k8sCell(String rowId) {
    return K8S.cell(rowId).orElseThrow(() -> new IllegalArgumentException("no charm mapping for " + rowId));
  }
}
