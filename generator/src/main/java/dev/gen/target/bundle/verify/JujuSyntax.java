package dev.gen.target.bundle.verify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small grammars Juju parses in a bundle: names, bases, charm URLs, constraints, storage and device
 * directives, placements, offer URLs and CIDRs (juju.md §1.6 and §2.3). Each check returns null when the text is
 * valid, else the reason it is not.
 */
final class JujuSyntax {

  /** Application, charm, storage, device and offer names (juju/names application.go). */
  static final Pattern APPLICATION = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*$");

  /** Endpoint names in relations and offers (juju/names relation.go). */
  static final Pattern ENDPOINT = Pattern.compile("^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$");

  static final Pattern MACHINE_ID = Pattern.compile("^(?:0|[1-9][0-9]*)$");

  static final Pattern SERIES = Pattern.compile("^[a-z]+([a-z0-9]+)?$");

  private static final Set<String> OS_NAMES =
      Set.of("ubuntu", "centos", "windows", "osx", "opensuse", "genericlinux", "kubernetes");
  private static final Set<String> RISKS = Set.of("stable", "candidate", "beta", "edge");
  private static final Set<String> ARCHES = Set.of("amd64", "arm64", "ppc64el", "s390x", "riscv64");
  private static final Set<String> CONTAINERS = Set.of("lxd", "kvm", "none");
  private static final Set<String> CONSTRAINTS = Set.of("arch", "container", "cores", "cpu-cores", "cpu-power",
      "mem", "root-disk", "root-disk-source", "tags", "instance-role", "instance-type", "spaces", "virt-type",
      "zones", "allocate-public-ip", "image-id");
  private static final Pattern SIZE = Pattern.compile("^[0-9]+(?:\\.[0-9]+)?[MGTPEZY]?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile("^[0-9]+$");
  private static final Pattern POOL = Pattern.compile("^[a-zA-Z]+[-?a-zA-Z0-9]*$");
  private static final Pattern DEVICE_TYPE = Pattern.compile("^[a-z0-9][a-z0-9./-]*$");
  private static final Pattern TRACK = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");
  private static final Pattern PLACEMENT = Pattern.compile(
      "^(?:(?:lxd|kvm):)?(?:new|(?:[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*)(?:/(?:0|[1-9][0-9]*))?"
          + "|(?:0|[1-9][0-9]*))$");
  private static final Pattern OFFER_URL = Pattern.compile("^(?:[a-zA-Z0-9_-]+:)?(?:[^/:.]+/)?"
      + "[a-z0-9]+(?:-[a-z0-9]+)*\\.[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*(?::[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)?$");
  private static final Pattern IPV4_CIDR = Pattern.compile(
      "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
          + "/(?:3[0-2]|[12]?[0-9])$");
  private static final Pattern IPV6_CIDR = Pattern.compile("^[0-9a-fA-F:]*:[0-9a-fA-F:.]*/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9])$");

  private JujuSyntax() {}

  /** Base parsing (base.go ParseBase): {@code <os>@<track>[/<risk>]}. */
  static String base(String text) {
    int at = text.indexOf('@');
    if (at < 0 || text.indexOf('@', at + 1) >= 0) {
      return "expected <os>@<channel>, such as ubuntu@24.04";
    }
    String os = text.substring(0, at).toLowerCase(Locale.ROOT);
    if (!OS_NAMES.contains(os)) {
      return "unknown operating system '" + text.substring(0, at) + "'";
    }
    String channel = text.substring(at + 1);
    if (channel.isEmpty()) {
      return "the channel is empty";
    }
    String[] parts = channel.split("/", -1);
    if (parts.length > 3 || !TRACK.matcher(parts[0]).matches()) {
      return "'" + channel + "' is not a channel";
    }
    if (parts.length >= 2 && !RISKS.contains(parts[1])) {
      return "'" + parts[1] + "' is not a risk (stable, candidate, beta, edge)";
    }
    if (parts.length == 3 && parts[2].isEmpty()) {
      return "the channel's branch is empty";
    }
    return null;
  }

  /** A charm URL: {@code [ch:|local:][<arch>/][<series>/]<name>[-<revision>]}. */
  static String charmUrl(String text) {
    String rest = text;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      String schema = rest.substring(0, colon);
      if (!schema.equals("ch") && !schema.equals("local")) {
        return "unknown charm schema '" + schema + "'";
      }
      rest = rest.substring(colon + 1);
    }
    String[] parts = rest.split("/", -1);
    if (parts.length > 3) {
      return "too many parts";
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].matches("^[a-z0-9]+$")) {
        return "'" + parts[i] + "' is not an architecture or series";
      }
    }
    String name = withoutRevision(parts[parts.length - 1]);
    if (!APPLICATION.matcher(name).matches()) {
      return "'" + name + "' is not a valid charm name";
    }
    return null;
  }

  /** The revision a charm URL embeds ({@code name-12}), or null. */
  static Long urlRevision(String text) {
    String last = text.substring(text.lastIndexOf('/') + 1);
    last = last.substring(last.indexOf(':') + 1);
    String name = withoutRevision(last);
    return name.equals(last) ? null : Long.valueOf(last.substring(name.length() + 1));
  }

  /** The series a charm URL names ({@code ch:amd64/jammy/name}), or null. */
  static String urlSeries(String text) {
    String rest = text.substring(text.indexOf(':') + 1);
    String[] parts = rest.split("/", -1);
    if (parts.length == 3) {
      return parts[1];
    }
    if (parts.length == 2 && !ARCHES.contains(parts[0])) {
      return parts[0];
    }
    return null;
  }

  private static String withoutRevision(String nameAndRevision) {
    int dash = nameAndRevision.lastIndexOf('-');
    if (dash > 0 && nameAndRevision.substring(dash + 1).matches("^[0-9]+$")
        && APPLICATION.matcher(nameAndRevision.substring(0, dash)).matches()) {
      return nameAndRevision.substring(0, dash);
    }
    return nameAndRevision;
  }

  /** Constraints (constraints.Parse): space-separated {@code key=value}, known keys, each once, typed values. */
  static String constraints(String text) {
    Set<String> seen = new HashSet<>();
    for (String field : text.trim().split("\\s+")) {
      if (field.isEmpty()) {
        continue;
      }
      int eq = field.indexOf('=');
      if (eq <= 0) {
        return "malformed constraint '" + field + "'";
      }
      String key = field.substring(0, eq);
      String value = field.substring(eq + 1);
      if (!CONSTRAINTS.contains(key)) {
        return "unknown constraint '" + key + "'";
      }
      String canonical = key.equals("cpu-cores") ? "cores" : key;
      if (!seen.add(canonical)) {
        return "the constraint '" + key + "' is set twice";
      }
      if (value.isEmpty()) {
        continue;
      }
      String problem = switch (canonical) {
        case "mem", "root-disk" -> SIZE.matcher(value).matches() ? null : "'" + value + "' is not a size";
        case "cores", "cpu-power" -> COUNT.matcher(value).matches() ? null : "'" + value + "' is not a count";
        case "arch" -> ARCHES.contains(value) ? null : "'" + value + "' is not a supported architecture";
        case "container" -> CONTAINERS.contains(value) ? null : "'" + value + "' is not a container type";
        case "allocate-public-ip" -> value.equals("true") || value.equals("false") ? null
            : "'" + value + "' is not true or false";
        case "tags", "spaces", "zones" -> value.contains(",,") || value.startsWith(",") || value.endsWith(",")
            ? "'" + value + "' has an empty item" : null;
        default -> null;
      };
      if (problem != null) {
        return "bad " + key + " constraint: " + problem;
      }
    }
    return null;
  }

  /** True when constraints name {@code key}. */
  static boolean hasConstraint(String text, String key) {
    for (String field : text.trim().split("\\s+")) {
      if (field.startsWith(key + "=")) {
        return true;
      }
    }
    return false;
  }

  /** A storage directive (storage.ParseDirective): pool, size and count, each at most once, in any order. */
  static String storageDirective(String text) {
    boolean pool = false;
    boolean size = false;
    boolean count = false;
    if (text.trim().isEmpty()) {
      return "the directive is empty";
    }
    for (String field : text.split(",", -1)) {
      if (field.isEmpty()) {
        continue;
      }
      if (COUNT.matcher(field).matches()) {
        if (count) {
          return "the count is given twice";
        }
        count = true;
      } else if (SIZE.matcher(field).matches()) {
        if (size) {
          return "the size is given twice";
        }
        size = true;
      } else if (POOL.matcher(field).matches()) {
        if (pool) {
          return "the pool is given twice";
        }
        pool = true;
      } else {
        return "'" + field + "' is not a pool, size or count";
      }
    }
    return null;
  }

  /** A device directive (devices.ParseConstraints): {@code [<count>,]<type>[,<key>=<value>;...]}. */
  static String deviceDirective(String text) {
    String[] fields = text.split(",", -1);
    int i = 0;
    if (fields.length > 1 && COUNT.matcher(fields[0]).matches()) {
      i = 1;
    }
    if (i >= fields.length || !DEVICE_TYPE.matcher(fields[i]).matches()) {
      return "expected [<count>,]<device-type>[,<attributes>]";
    }
    if (fields.length > i + 2) {
      return "too many fields";
    }
    if (fields.length == i + 2) {
      for (String attribute : fields[i + 1].split(";", -1)) {
        int eq = attribute.indexOf('=');
        if (eq <= 0 || eq == attribute.length() - 1) {
          return "attribute '" + attribute + "' is not <key>=<value>";
        }
      }
    }
    return null;
  }

  /** A placement of a machine bundle: {@code [<container>:](new | <machine> | <application>[/<unit>])}. */
  static boolean machinePlacement(String text) {
    return PLACEMENT.matcher(text).matches();
  }

  /** A Kubernetes placement: a node selector of comma-separated {@code key=value} pairs. */
  static String kubernetesPlacement(String text) {
    for (String pair : text.split(",", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        return "'" + pair + "' is not <key>=<value>";
      }
    }
    return null;
  }

  static boolean offerUrl(String text) {
    return OFFER_URL.matcher(text).matches();
  }

  static boolean cidr(String text) {
    return IPV4_CIDR.matcher(text).matches() || IPV6_CIDR.matcher(text).matches();
  }
}
