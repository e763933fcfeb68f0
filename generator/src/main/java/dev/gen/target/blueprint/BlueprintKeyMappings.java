package dev.gen.target.blueprint;

import static dev.gen.target.KeyMappings.carried;
import static dev.gen.target.KeyMappings.notCarried;
import static dev.gen.target.KeyMappings.notNeeded;
import static dev.gen.target.KeyMappings.partly;

import dev.gen.target.MappingColumn;
import dev.gen.target.KeyMappings;

/**
 * What the blueprint target makes of every Compose key the service model carries, for each style: the source of the
 * blueprint columns of {@code docs/mapping.md} and of {@code gen report}. A key that is not carried is reported as a
 * {@code blueprint.unmapped} warning; {@code BlueprintKeyMappingsTest} checks the table against those warnings.
 */
public final class BlueprintKeyMappings {

  private static final KeyMappings.Pair COLUMNS = build();
  private static final MappingColumn VM = COLUMNS.first();
  private static final MappingColumn CONTAINER = COLUMNS.second();

  private BlueprintKeyMappings() {}

  public static MappingColumn vm() {
    return VM;
  }

  public static MappingColumn container() {
    return CONTAINER;
  }

  public static MappingColumn of(BlueprintStyle style) {
    return style == BlueprintStyle.CONTAINER ? CONTAINER : VM;
  }

  private static final String NO_SUCH = "DockerContainer and jclouds' docker options have no such setting";

  private static KeyMappings.Pair build() {
    KeyMappings.Pair t = new KeyMappings.Pair(
        MappingColumn.builder("blueprint-vm", "blueprint (vm style)", Unmapped.CODE),
        MappingColumn.builder("blueprint-container", "blueprint (container style)", Unmapped.CODE));

    // ---- the top level ----
    t.both("name", carried("names the blueprint, the application and the catalog items"));
    t.each("services", carried("one VanillaSoftwareProcess per service (in a DynamicCluster with replicas)"),
        carried("one DockerContainer per service (in a DynamicCluster with replicas)"));
    t.both("networks", notNeeded("services reach each other by address; no network is created"));
    t.each("volumes", carried("docker volumes on the machines, named <project>_<volume>"),
        carried("the containers' volumes, named <project>_<volume>"));
    t.each("secrets", carried("files written from the external config supplier, mounted into the container"),
        notCarried("a DockerContainer cannot receive files", "services.*.secrets"));
    t.both("configs", notCarried("not carried, as the configs services mount", "services.*.configs"));
    t.both("x-juju", notNeeded("Juju's hints"));
    t.both("x-brooklyn", notNeeded("no project-wide hint is read yet (docs/hints.md)"));

    // ---- services ----
    String s = "services.*.";
    t.each(s + "image", carried("the parameter container.image, pulled on the machine"),
        carried("docker.container.imageName"));
    t.each(s + "build", carried("cloned from the parameter build.git.repository and built on the machine"),
        notCarried("a DockerContainer cannot build its image: build and push it"));
    t.each(s + "command", carried("the command of docker run"), carried("templateOptions.commands"));
    t.each(s + "entrypoint", carried("--entrypoint (its other words go before the command)"),
        carried("templateOptions.entrypoint"));
    t.each(s + "environment", carried("a parameter env.NAME each; secrets come from the external config supplier,"
        + " addresses of other services are wired"), partly("docker.container.environment from parameters env.NAME;"
        + " a variable without a value is reported"));
    t.each(s + "ports", partly("--publish with a host port parameter each; a port published twice is reported"),
        partly("inbound ports and portBindings; udp ports, host addresses and host port ranges are reported"));
    t.each(s + "expose", carried("published on the machine with a port parameter, so other machines reach it"),
        partly("inbound ports; udp is reported"));
    t.each(s + "volumes", partly("volumes, binds of absolute paths and tmpfs; binds of project files are reported"),
        partly("named volumes and binds of absolute paths; anonymous volumes, tmpfs, other binds and read-only"
            + " mounts are reported"));
    t.each(s + "tmpfs", carried("--tmpfs"), notCarried("jclouds has no tmpfs mounts", s + "volumes"));
    t.both(s + "volumes_from", partly("a latch on the other service; the volumes are not shared (reported)"));
    t.each(s + "depends_on", partly("latch.launch waits for service.isUp; a dependency on a service that is not"
        + " deployed is reported"), partly("latch.provision waits for service.isUp; a dependency on a service that"
        + " is not deployed is reported"));
    t.both(s + "links", partly("a latch on the other service; an alias is reported"));
    t.each(s + "network_mode", partly("host, none and bridge (--network); service:x is reported"),
        carried("templateOptions.networkMode"));
    t.both(s + "networks", partly("services reach each other by address; aliases and fixed addresses are"
        + " reported"));
    t.each(s + "healthcheck", carried("checkRunning.command runs it in the container"),
        partly("an HTTP check becomes an HTTP sensor that service.isUp follows; other checks are reported"));
    t.both(s + "deploy", partly("replicas, resources and restart policy: see its keys"));
    t.both(s + "scale", carried("a DynamicCluster of that many members"));
    t.each(s + "cpus", carried("--cpus, and minCores for the machine"),
        carried("templateOptions.cpuShares, and minCores for the machine"));
    t.each(s + "mem_limit", carried("--memory, and minRam for the machine"),
        carried("templateOptions.memory, and minRam for the machine"));
    t.each(s + "mem_reservation", carried("--memory-reservation, and minRam for the machine"),
        partly("minRam for the machine; the container gets no reservation"));
    t.each(s + "pids_limit", carried("--pids-limit"),
        notCarried("no process limit", s + "deploy.resources.limits.pids"));
    t.each(s + "restart", partly("docker's --restart, and a ServiceFailureDetector with a ServiceRestarter; delay and"
        + " window are reported"), partly("a ServiceFailureDetector with a ServiceRestarter; the limit of"
        + " on-failure:N, delay and window are reported"));
    t.each(s + "labels", carried("--label; OCI labels also brand the catalog item"),
        partly("OCI labels brand the catalog item; container labels are reported"));
    t.each(s + "user", carried("--user"), notCarried(NO_SUCH));
    t.each(s + "working_dir", carried("--workdir"), notCarried(NO_SUCH));
    t.each(s + "secrets", partly("a file written from the external config supplier, mounted read-only with its mode;"
        + " its owner is reported"), notCarried("a DockerContainer cannot receive files"));
    t.both(s + "configs", notCarried("put the file into the image or onto the machine"));
    t.both(s + "profiles", notNeeded("the loader already left out the services of inactive profiles"));
    options(t, s);
    t.both(s + "x-juju", partly("title, summary and description name and describe the catalog item; the rest is"
        + " Juju's"));
    t.both(s + "x-brooklyn", notNeeded("no key is read yet (docs/hints.md)"));

    // ---- build ----
    String b = "services.*.build.";
    String cannotBuild = "a DockerContainer cannot build its image";
    t.each(b + "context", partly("the parameter build.context in the cloned repository; reported when gen knows no"
        + " git repository for it"), notCarried(cannotBuild, s + "build"));
    t.each(b + "dockerfile", carried("the parameter build.dockerfile"), notCarried(cannotBuild, s + "build"));
    t.each(b + "dockerfile_inline", carried("built from its text"), notCarried(cannotBuild, s + "build"));
    t.each(b + "args", partly("--build-arg; an argument without a value is reported"),
        notCarried(cannotBuild, s + "build"));
    t.each(b + "target", carried("--target"), notCarried(cannotBuild, s + "build"));

    // ---- deploy ----
    String d = "services.*.deploy.";
    t.both(d + "mode", partly("replicated; global is reported"));
    t.both(d + "replicas", carried("a DynamicCluster of that many members"));
    t.both(d + "labels", notCarried("Brooklyn has no Swarm service labels"));
    t.both(d + "resources", partly("see limits and reservations"));
    t.both(d + "restart_policy", partly("see its keys"));
    t.both(d + "placement", notCarried("choose the location instead"));
    t.both(d + "resources.limits", partly("see its keys"));
    t.each(d + "resources.reservations", carried("--memory-reservation; both size the machine (minRam, minCores)"),
        partly("they size the machine (minRam, minCores)"));
    t.each(d + "resources.limits.cpus", carried("--cpus, and minCores for the machine"),
        carried("templateOptions.cpuShares, and minCores for the machine"));
    t.each(d + "resources.limits.memory", carried("--memory, and minRam for the machine"),
        carried("templateOptions.memory, and minRam for the machine"));
    t.each(d + "resources.limits.pids", carried("--pids-limit"), notCarried("no process limit"));
    t.both(d + "resources.reservations.cpus", partly("minCores for the machine; docker has no CPU reservation"));
    t.each(d + "resources.reservations.memory", carried("--memory-reservation, and minRam for the machine"),
        partly("minRam for the machine; the container gets no reservation"));
    t.each(d + "restart_policy.condition", carried("docker's --restart, and a failure detector and restarter when"
        + " it restarts"), carried("a failure detector and restarter when it restarts"));
    t.both(d + "restart_policy.delay", notCarried("Brooklyn restarts as soon as it sees the failure",
        s + "restart"));
    t.each(d + "restart_policy.max_attempts", carried("docker's --restart on-failure:N"),
        notCarried("Brooklyn's restarter gives up on failures that recur within 3 minutes instead", s + "restart"));
    t.both(d + "restart_policy.window", notCarried("no restart window", s + "restart"));
    t.both(d + "placement.constraints", notCarried("choose the location instead"));
    t.both(d + "placement.preferences", notCarried("choose the location instead"));
    t.both(d + "placement.preferences[].spread", notCarried("choose the location instead"));

    // ---- healthcheck ----
    String h = "services.*.healthcheck.";
    t.each(h + "test", carried("run in the container by checkRunning.command"),
        partly("an HTTP probe of the container (HttpRequestSensor); other checks are reported"));
    t.each(h + "interval", carried("Brooklyn's poll period"), carried("the HTTP sensor's period"));
    t.each(h + "timeout", partly("the check's timeout; without a test it is reported"), notCarried("the request is made at the interval"));
    t.each(h + "retries", partly("the failure detector's delay; without a restart policy it is reported"),
        notCarried("the request is made at the interval"));
    t.each(h + "start_period", carried("lengthens start.timeout"), notCarried("the request is made at the interval"));
    t.each(h + "start_interval", notCarried("Brooklyn polls at the interval throughout"),
        notCarried("the request is made at the interval"));
    t.both(h + "disable", carried("no check"));

    // ---- ports ----
    String p = "services.*.ports[].";
    t.each(p + "target", carried("the container port of --publish"), partly("an inbound port (tcp only)"));
    t.each(p + "published", carried("the default of the host port parameter (docker picks one in a range)"),
        partly("portBindings; a host port range is reported"));
    t.each(p + "host_ip", carried("--publish on that address"), notCarried("jclouds binds all addresses"));
    t.each(p + "protocol", carried("--publish .../udp or /sctp"), partly("tcp only; other protocols are reported"));
    t.both(p + "mode", notNeeded("the container publishes on its own machine either way"));
    t.both(p + "app_protocol", notNeeded("Brooklyn ports have no application protocol"));
    t.both(p + "name", notNeeded("a name for people; Brooklyn ports have none"));

    // ---- mounts ----
    String v = "services.*.volumes[].";
    t.each(v + "type", partly("volume, bind of an absolute path and tmpfs; other types and binds of project files are"
        + " reported"), partly("named volume and bind of an absolute path; the rest is reported"));
    t.each(v + "source", carried("the docker volume <project>_<name>, or the host path"),
        carried("the volume <project>_<name>, or the host path"));
    t.both(v + "target", carried("where it is mounted"));
    t.each(v + "read_only", carried(":ro"), notCarried("jclouds' volumes cannot be made read-only"));
    t.both(v + "bind", notNeeded("the model keeps none of its keys"));
    t.both(v + "volume", notNeeded("the model keeps none of its keys"));
    t.both(v + "tmpfs", notNeeded("see size"));
    t.both(v + "image", notNeeded("the model keeps none of its keys"));
    t.each(v + "tmpfs.size", carried("--tmpfs size"), notCarried("jclouds has no tmpfs mounts"));

    // ---- dependencies ----
    String dep = "services.*.depends_on.*.";
    t.both(dep + "condition", partly("the latch waits for service.isUp (service_healthy too: a health check keeps the"
        + " service down); service_completed_successfully is reported"));
    t.both(dep + "required", partly("the latch waits all the same: the dependency is deployed with the"
        + " application"));
    t.both(dep + "restart", notCarried("Brooklyn does not restart a service when another one restarts"));

    // ---- network attachments ----
    String n = "services.*.networks.*.";
    t.both(n + "aliases", notCarried("other services reach this one by its address"));
    t.both(n + "ipv4_address", notCarried("addresses come from the location"));
    t.both(n + "ipv6_address", notCarried("addresses come from the location"));

    // ---- secrets and configs of a service ----
    String f = "services.*.{secrets,configs}[].";
    String none = "a DockerContainer cannot receive files";
    t.each(f + "source", partly("a secret's key in the external config supplier; configs are reported"),
        notCarried(none));
    t.each(f + "target", partly("where a secret's file is mounted; configs are reported"), notCarried(none));
    t.each(f + "uid", notCarried("the file belongs to root"), notCarried(none));
    t.each(f + "gid", notCarried("the file belongs to root"), notCarried(none));
    t.each(f + "mode", partly("a secret's file mode (0444 by default); configs are reported"), notCarried(none));

    // ---- devices and ulimits ----
    for (String key : new String[] {"source", "target", "permissions"}) {
      t.each("services.*.devices[]." + key, carried("--device"), notCarried(NO_SUCH));
    }
    t.each("services.*.ulimits.*.soft", carried("--ulimit"), notCarried(NO_SUCH));
    t.each("services.*.ulimits.*.hard", carried("--ulimit"), notCarried(NO_SUCH));

    // ---- top-level resources ----
    for (String key : new String[] {"name", "driver", "external", "internal"}) {
      t.both("networks.*." + key, notNeeded("services reach each other by address; no network is created"));
    }
    t.both("volumes.*.name", carried("the existing volume an external volume names"));
    t.both("volumes.*.driver", partly("docker creates the volume with its local driver; another driver is"
        + " reported"));
    t.both("volumes.*.driver_opts", notCarried("docker creates the volume without options"));
    t.both("volumes.*.external", carried("the existing volume is used"));
    t.both("volumes.*.labels", notCarried("docker creates the volume without labels"));
    for (String key : new String[] {"name", "file", "environment", "content", "external"}) {
      t.each("secrets.*." + key, notNeeded("gen never reads a secret's value: the external config supplier holds"
          + " it under <project>.secrets.<secret>"), notCarried(none, "services.*.secrets"));
      t.both("configs.*." + key, notCarried("not carried, as the configs services mount", "services.*.configs"));
    }
    return t;
  }

  /** The container options: the vm style passes each to docker run; DockerContainer knows a few of them. */
  private static void options(KeyMappings.Pair t, String s) {
    t.each(s + "privileged", carried("--privileged"), carried("templateOptions.privileged"));
    t.each(s + "cap_add", carried("--cap-add"), notCarried(NO_SUCH));
    t.each(s + "cap_drop", carried("--cap-drop"), notCarried(NO_SUCH));
    t.each(s + "read_only", carried("--read-only"), notCarried(NO_SUCH));
    t.each(s + "init", carried("--init"), notCarried(NO_SUCH));
    t.each(s + "hostname", carried("--hostname"), carried("templateOptions.hostname"));
    t.each(s + "extra_hosts", carried("--add-host"),
        partly("templateOptions.extraHosts, one address per host (more are reported)"));
    t.each(s + "stop_signal", carried("--stop-signal"), notCarried(NO_SUCH));
    t.each(s + "stop_grace_period", carried("docker stop --time"), notCarried(NO_SUCH));
    t.each(s + "tty", carried("--tty"), notCarried(NO_SUCH));
    t.each(s + "stdin_open", carried("--interactive"), carried("templateOptions.openStdin"));
    t.each(s + "pull_policy", carried("--pull (build becomes never)"), notCarried(NO_SUCH));
    t.each(s + "platform", carried("--platform"), notCarried(NO_SUCH));
    t.each(s + "container_name", partly("the container's name; with replicas it is reported (the copies need"
        + " different names)"), notCarried(NO_SUCH));
    t.each(s + "shm_size", carried("--shm-size"), notCarried(NO_SUCH));
    t.each(s + "sysctls", carried("--sysctl"), notCarried(NO_SUCH));
    t.each(s + "ulimits", carried("--ulimit"), notCarried(NO_SUCH));
    t.each(s + "devices", carried("--device"), notCarried(NO_SUCH));
    t.each(s + "dns", carried("--dns"), carried("templateOptions.dns"));
    t.each(s + "security_opt", carried("--security-opt"), notCarried(NO_SUCH));
    t.each(s + "group_add", carried("--group-add"), notCarried(NO_SUCH));
  }
}
