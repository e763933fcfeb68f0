package dev.gen.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.yaml.YScalar;
import java.util.Locale;

/**
 * The fields compose-go converts from strings after interpolation ({@code loader/interpolate.go}):
 * {@code deploy.replicas: "${N}"} becomes a number, {@code read_only: "${RO}"} a boolean. Booleans accept
 * {@code true}/{@code false} in any case, and {@code y/yes/on}, {@code n/no/off} with the YAML 1.2 warning.
 */
final class TypeCasts {

  /** A conversion of a string field. */
  enum Cast {
    INT, INT64, FLOAT, FLOAT32, BOOL
  }

  private static final PathRules<Cast> RULES = new PathRules<>();

  static {
    service("configs.[].mode", Cast.INT);
    service("cpu_count", Cast.INT64);
    service("cpu_percent", Cast.FLOAT);
    service("cpu_period", Cast.INT64);
    service("cpu_quota", Cast.INT64);
    service("cpu_rt_period", Cast.INT64);
    service("cpu_rt_runtime", Cast.INT64);
    service("cpus", Cast.FLOAT32);
    service("cpu_shares", Cast.INT64);
    // compose-go forgets these two (a known bug: "required: ${X}" then fails validation); gen casts them
    service("depends_on.*.required", Cast.BOOL);
    service("depends_on.*.restart", Cast.BOOL);
    service("init", Cast.BOOL);
    service("deploy.replicas", Cast.INT);
    service("deploy.update_config.parallelism", Cast.INT);
    service("deploy.update_config.max_failure_ratio", Cast.FLOAT);
    service("deploy.rollback_config.parallelism", Cast.INT);
    service("deploy.rollback_config.max_failure_ratio", Cast.FLOAT);
    service("deploy.restart_policy.max_attempts", Cast.INT);
    service("deploy.placement.max_replicas_per_node", Cast.INT);
    service("healthcheck.retries", Cast.INT);
    service("healthcheck.disable", Cast.BOOL);
    service("oom_kill_disable", Cast.BOOL);
    service("oom_score_adj", Cast.INT64);
    service("pids_limit", Cast.INT64);
    service("ports.[].target", Cast.INT);
    service("privileged", Cast.BOOL);
    service("read_only", Cast.BOOL);
    service("scale", Cast.INT);
    service("secrets.[].mode", Cast.INT);
    service("stdin_open", Cast.BOOL);
    service("tty", Cast.BOOL);
    service("ulimits.*", Cast.INT);
    service("ulimits.*.hard", Cast.INT);
    service("ulimits.*.soft", Cast.INT);
    service("volumes.[].read_only", Cast.BOOL);
    service("volumes.[].volume.nocopy", Cast.BOOL);
    RULES.add("networks.*.external", Cast.BOOL);
    RULES.add("networks.*.internal", Cast.BOOL);
    RULES.add("networks.*.attachable", Cast.BOOL);
    RULES.add("networks.*.enable_ipv6", Cast.BOOL);
    RULES.add("volumes.*.external", Cast.BOOL);
    RULES.add("secrets.*.external", Cast.BOOL);
    RULES.add("configs.*.external", Cast.BOOL);
  }

  private static void service(String rest, Cast cast) {
    RULES.add("services.*." + rest, cast);
  }

  private TypeCasts() {}

  static Cast castFor(KeyPath path) {
    return RULES.find(path);
  }

  /** A cast that failed, with Go's message ({@code strconv.Atoi: parsing "abc": invalid syntax}). */
  static final class CastException extends Exception {
    private static final long serialVersionUID = 1L;

    CastException(String message) {
      super(message, null, false, false);
    }
  }

  static Object cast(Cast cast, String value, YScalar at, KeyPath path, Diagnostics diagnostics)
      throws CastException {
    try {
      return switch (cast) {
        case INT -> GoValues.parseInt(value, "Atoi", 64);
        case INT64 -> GoValues.parseInt(value, "ParseInt", 64);
        case FLOAT -> GoValues.parseFloat(value, 64);
        case FLOAT32 -> GoValues.parseFloat(value, 32);
        case BOOL -> toBoolean(value, at, path, diagnostics);
      };
    } catch (NumberFormatException e) {
      throw new CastException(e.getMessage());
    }
  }

  static boolean toBoolean(String value, YScalar at, KeyPath path, Diagnostics diagnostics) throws CastException {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      case "y", "yes", "on":
        warnYaml11(value, true, at, path, diagnostics);
        return true;
      case "n", "no", "off":
        warnYaml11(value, false, at, path, diagnostics);
        return false;
      default:
        throw new CastException("invalid boolean: " + value);
    }
  }

  private static void warnYaml11(String value, boolean b, YScalar at, KeyPath path, Diagnostics diagnostics) {
    diagnostics.warn("compose.yaml11-boolean", GoValues.quote(value)
        + " for boolean is not supported by YAML 1.2, please use `" + b + "`", at.location(), path.toString());
  }
}
