package dev.gen.target.charm.machine;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.target.charm.ValuePart;
import dev.gen.target.charm.machine.MachineCharmView.EnvEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses a view that the hooks could not carry out faithfully, with a clear error instead of a broken charm. Any
 * string may reach the hooks (they pass it on literally) except in the few places where the runtime's or Juju's own
 * syntax gives characters a meaning, checked here: a NUL byte anywhere (no command argument or environment
 * variable can hold one), {@code :} or {@code ,} in a mount path (the runtime's {@code --volume} syntax), names that
 * become file names, and paths that would leave the cloned repository.
 */
final class MachineViewCheck {

  static final String CODE = "charm.machine.invalid";

  /** Endpoint and storage names: they name hook files. Juju's bundle syntax for endpoints. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");

  /** Juju secret keys (core/secrets); a key is followed by "#base64" when the hooks read it. */
  private static final Pattern SECRET_KEY = Pattern.compile("[a-z](?:-?[a-z0-9]){2,}");

  private static final Pattern OWNER = Pattern.compile("|[0-9]+(?::[0-9]+)?|:[0-9]+");
  private static final Pattern VOLUME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern HOST_PORT = Pattern.compile("|[0-9]{1,5}(?:-[0-9]{1,5})?");
  private static final Pattern HOST_IP = Pattern.compile("[0-9A-Fa-f.:]*");
  private static final Pattern PROTOCOL = Pattern.compile("tcp|udp|sctp");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(?::[0-9]+)?");
  /** A run option is one "--name" or "--name=value" word: anything else would be read as the image. */
  private static final Pattern RUN_OPTION = Pattern.compile("--[a-z][a-z0-9-]*(?:=.*)?", Pattern.DOTALL);

  private final MachineCharmView view;
  private final String base;

  private MachineViewCheck(MachineCharmView view) {
    this.view = view;
    this.base = "services." + view.serviceName();
  }

  /** Throws a {@link GenException} naming the first thing the hooks could not carry out. */
  static void check(MachineCharmView view) {
    new MachineViewCheck(view).run();
  }

  private void run() {
    text(view.serviceName(), base);
    MachineCharmView.OptionNames options = view.options();
    for (String option : List.of(options.runtime(), options.image(), options.repository(), options.gitRef())) {
      option(option, base);
    }
    if (view.pull() != null) {
      text(view.pull().image(), base + ".image");
    }
    if (view.build() != null) {
      build(view.build());
    }
    words(view.entrypoint(), base + ".entrypoint");
    words(view.command(), base + ".command");
    Set<String> names = new HashSet<>();
    for (EnvEntry env : view.environment()) {
      String path = base + ".environment." + env.name();
      text(env.name(), path);
      if (env.name().isEmpty() || env.name().contains("=")) {
        fail(env.location(), path, "environment variable name '" + env.name() + "' is empty or holds '='");
      }
      if (!names.add(env.name())) {
        fail(env.location(), path, "environment variable " + env.name() + " is given twice");
      }
      for (EnvPart part : env.parts()) {
        part(part, env.location(), path);
      }
    }
    view.requiredOptions().forEach(o -> option(o, base));
    ports();
    mounts();
    if (!RESTART.matcher(view.restart()).matches()) {
      fail(view.location(), base + ".restart", "restart policy '" + view.restart() + "' is not one the runtimes know");
    }
    if (view.health() != null) {
      words(view.health().test(), base + ".healthcheck.test");
    }
    text(view.user(), base + ".user");
    text(view.workingDir(), base + ".working_dir");
    for (Map.Entry<String, String> label : view.labels().entrySet()) {
      String path = base + ".labels." + label.getKey();
      text(label.getKey(), path);
      text(label.getValue(), path);
      if (label.getKey().isEmpty() || label.getKey().contains("=")) {
        fail(view.location(), path, "label name '" + label.getKey() + "' is empty or holds '='");
      }
    }
    for (String option : view.runOptions()) {
      text(option, base);
      if (!RUN_OPTION.matcher(option).matches()) {
        fail(view.location(), base, "runtime option '" + option + "' is not one --name or --name=value word");
      }
    }
    Set<String> endpoints = new HashSet<>();
    for (MachineCharmView.Endpoint endpoint : view.endpoints()) {
      name(endpoint.name(), "endpoint");
      if (!endpoints.add(endpoint.name())) {
        fail(view.location(), base, "endpoint " + endpoint.name() + " is declared twice");
      }
    }
    clients();
  }

  private void build(MachineCharmView.Build build) {
    String path = base + ".build";
    for (String value : List.of(build.repository(), build.gitRef(), build.context(), build.dockerfile(),
        build.dockerfileInline(), build.target())) {
      text(value, path);
    }
    build.args().forEach((k, v) -> {
      text(k, path + ".args." + k);
      text(v, path + ".args." + k);
      if (k.isEmpty() || k.contains("=")) {
        fail(view.location(), path + ".args", "build argument name '" + k + "' is empty or holds '='");
      }
    });
    if (escapes(build.context()) || escapes(build.context() + "/" + build.dockerfile())) {
      fail(view.location(), path, "the build context " + build.context() + " and Dockerfile " + build.dockerfile()
          + " must be relative paths inside the repository");
    }
  }

  /** True when a relative path is absolute or climbs above its start. */
  private static boolean escapes(String path) {
    if (path.startsWith("/")) {
      return true;
    }
    int depth = 0;
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        depth--;
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  private void part(EnvPart part, SourceLocation location, String path) {
    if (part instanceof EnvPart.Text t) {
      text(t.value(), path);
    } else if (part instanceof EnvPart.FromOption o) {
      option(o.option(), path);
    } else if (part instanceof EnvPart.FromSecret s) {
      option(s.option(), path);
      secretKey(s.key(), location, path);
    } else if (part instanceof EnvPart.FromRelation r) {
      endpointUsed(r.endpoint(), location, path);
      text(r.original(), path);
      boolean client = view.clients().stream().anyMatch(c -> c.endpoint().equals(r.endpoint()));
      boolean address = r.kind() == ValuePart.Kind.HOST || r.kind() == ValuePart.Kind.PORT;
      if (!address && !client) {
        fail(location, path, "the " + r.kind().word() + " in the value comes from endpoint " + r.endpoint()
            + ", which is not a Charmhub charm's: only those give credentials and databases");
      }
      if (r.kind() == ValuePart.Kind.PORT && !PORT.matcher(r.original()).matches()) {
        fail(location, path, "the port '" + r.original() + "' in the value is not a port number");
      }
    }
  }

  private void endpointUsed(String endpoint, SourceLocation location, String path) {
    if (view.endpoints().stream().noneMatch(e -> e.name().equals(endpoint))) {
      fail(location, path, "the value comes from endpoint " + endpoint + ", which the charm does not have");
    }
  }

  private void clients() {
    Set<String> seen = new HashSet<>();
    for (MachineCharmView.Client client : view.clients()) {
      String path = base + ".depends_on";
      boolean requires = view.endpoints().stream().anyMatch(e -> e.name().equals(client.endpoint())
          && e.role() == MachineCharmView.Endpoint.Role.REQUIRES);
      if (!requires || !seen.add(client.endpoint())) {
        fail(view.location(), path, "the Charmhub charm on endpoint " + client.endpoint() + " needs one requires"
            + " endpoint of that name");
      }
      text(client.providerCharm(), path);
      if (!client.resourceKey().isEmpty() && !NAME.matcher(client.resourceKey()).matches()
          || !client.hostKey().isEmpty() && !NAME.matcher(client.hostKey()).matches()) {
        fail(view.location(), path, "relation data keys must be lower-case names: '" + client.resourceKey()
            + "', '" + client.hostKey() + "'");
      }
      client.request().forEach((key, value) -> {
        text(value, path);
        if (!NAME.matcher(key).matches() || value.isEmpty()) {
          // relation-set key=value: '=' would end the key, and an empty value deletes the key
          fail(view.location(), path, "the request to " + client.providerCharm() + " on endpoint "
              + client.endpoint() + " has the key '" + key + "' or an empty value");
        }
      });
    }
  }

  private void ports() {
    for (MachineCharmView.Port port : view.ports()) {
      String path = base + ".ports." + port.containerPort();
      if (!HOST_PORT.matcher(port.hostPort()).matches() || !HOST_IP.matcher(port.hostIp()).matches()
          || !PROTOCOL.matcher(port.protocol()).matches()) {
        fail(view.location(), path, "port " + port.hostIp() + ":" + port.hostPort() + ":" + port.containerPort()
            + "/" + port.protocol() + " is not a host address, host port and protocol the runtimes accept");
      }
    }
  }

  private void mounts() {
    Set<String> targets = new HashSet<>();
    for (MachineCharmView.Volume volume : view.volumes()) {
      String path = base + ".volumes." + volume.name();
      text(volume.name(), path);
      if (!VOLUME_NAME.matcher(volume.name()).matches()) {
        fail(volume.location(), path, "volume name '" + volume.name() + "' is not a valid volume name");
      }
      target(volume.target(), targets, volume.location(), path);
    }
    for (MachineCharmView.Storage storage : view.storage()) {
      String path = base + ".volumes." + storage.name();
      name(storage.name(), "storage");
      target(storage.target(), targets, storage.location(), path);
    }
    for (MachineCharmView.SecretFile secret : view.secretFiles()) {
      String path = base + ".secrets." + secret.option();
      option(secret.option(), path);
      secretKey(secret.key(), secret.location(), path);
      target(secret.target(), targets, secret.location(), path);
      if (!OWNER.matcher(secret.owner()).matches()) {
        fail(secret.location(), path, "secret file owner '" + secret.owner() + "' is not uid, uid:gid or :gid"
            + " (numeric: the names on the machine are not the container's)");
      }
    }
  }

  private void target(String target, Set<String> seen, SourceLocation location, String path) {
    text(target, path);
    if (!target.startsWith("/") || target.contains(":") || target.contains(",")) {
      fail(location, path, "mount path '" + target + "' must be absolute and hold no ':' or ','"
          + " (the runtime's --volume syntax)");
    }
    if (!seen.add(target)) {
      fail(location, path, "two mounts at " + target);
    }
  }

  private void name(String name, String what) {
    if (!NAME.matcher(name).matches()) {
      fail(view.location(), base, what + " name '" + name + "' must be lower-case letters, digits, '-' and '_'");
    }
  }

  private void option(String option, String path) {
    text(option, path);
    if (option.isEmpty()) {
      fail(view.location(), path, "an option name is empty");
    }
  }

  private void secretKey(String key, SourceLocation location, String path) {
    if (!SECRET_KEY.matcher(key).matches()) {
      fail(location, path, "'" + key + "' is not a Juju secret key (lower-case letters, digits and single '-',"
          + " at least 3 characters)");
    }
  }

  private void words(List<String> words, String path) {
    if (words != null) {
      words.forEach(w -> text(w, path));
    }
  }

  private void text(String value, String path) {
    if (value.indexOf('\0') >= 0) {
      fail(view.location(), path, "a value holds a NUL byte, which no command argument or environment variable"
          + " can carry");
    }
  }

  /** Fails at the element's location, or the service's when the element's is not known. */
  private void fail(SourceLocation location, String path, String message) {
    throw GenException.at(location.isKnown() ? location : view.location(), path, CODE, message);
  }
}
