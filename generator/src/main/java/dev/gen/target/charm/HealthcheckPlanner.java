package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Healthcheck;
import dev.gen.model.Service;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a compose healthcheck into a Pebble check. {@code CMD} becomes an exec check, {@code CMD-SHELL} an exec of
 * {@code /bin/sh -c}; a probe that is clearly an HTTP GET of the workload itself ({@code curl -f} or
 * {@code wget} of a {@code http://localhost} URL, and nothing else) becomes an HTTP check, which Pebble runs
 * itself and which no longer needs curl or wget in the image.
 */
final class HealthcheckPlanner {

  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** A shell script that is one simple command: words of plain characters, optionally followed by || exit 1. */
  private static final Pattern SIMPLE_SCRIPT =
      Pattern.compile("[A-Za-z0-9_./:=@%+,?&-]+(?: +[A-Za-z0-9_./:=@%+,?&-]+)*(?: *\\|\\| *exit +1)? *");

  private static final Pattern LOCAL_HTTP_URL =
      Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1)(?::[0-9]{1,5})?(?:/[A-Za-z0-9_./:=@%+,?&-]*)?");

  private static final Set<String> WGET_FLAGS =
      Set.of("-q", "--quiet", "--spider", "-O-", "-qO-", "-qO", "-nv", "--no-verbose", "-S", "--tries=1", "-t1");
  private static final Set<String> OUTPUT_TARGETS = Set.of("-", "/dev/null");
  private static final Pattern CURL_SHORT_FLAGS = Pattern.compile("-[fsSL]+");
  private static final Set<String> CURL_LONG_FLAGS = Set.of("--fail", "--silent", "--show-error", "--location");

  private final Diagnostics diagnostics;

  HealthcheckPlanner(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  CheckPlan plan(Service s, String baseName) {
    Healthcheck hc = s.healthcheck();
    if (hc == null || hc.disabled() || !(hc.isExec() || hc.isShell()) || hc.command().isEmpty()) {
      return null;
    }
    String path = "services." + s.name() + ".healthcheck";
    Duration period = hc.interval() == null || hc.interval().isZero() ? DEFAULT_INTERVAL : hc.interval();
    Duration timeout = hc.timeout() == null || hc.timeout().isZero() ? DEFAULT_TIMEOUT : hc.timeout();
    if (timeout.compareTo(period) >= 0) {
      Duration adjusted = period.dividedBy(2);
      diagnostics.notice("charm.adjusted", "Pebble needs a check's timeout to be less than its period: the timeout"
          + " of " + GoDurations.format(timeout) + " becomes " + GoDurations.format(adjusted), hc.location(),
          path + ".timeout");
      timeout = adjusted;
    }
    if (hc.startPeriod() != null && !hc.startPeriod().isZero()) {
      diagnostics.warn("charm.unmapped", "Pebble checks have no start period: failures in the first "
          + GoDurations.format(hc.startPeriod()) + " count", hc.location(), path + ".start_period");
    }
    if (hc.startInterval() != null && !hc.startInterval().isZero()) {
      diagnostics.warn("charm.unmapped", "Pebble checks have no start interval: the check runs every "
          + GoDurations.format(period) + " from the start", hc.location(), path + ".start_interval");
    }
    int threshold = hc.retries() == null || hc.retries() < 1 ? 3 : hc.retries();
    List<String> words = hc.isExec() ? hc.command() : shellWords(String.join(" ", hc.command()));
    String url = words == null ? null : httpProbeUrl(words);
    String name = baseName + "-health";
    if (url != null) {
      return new CheckPlan(name, CheckPlan.Kind.HTTP, List.of(), url, period, timeout, threshold);
    }
    List<String> argv = hc.isExec() ? hc.command() : List.of("/bin/sh", "-c", String.join(" ", hc.command()));
    return new CheckPlan(name, CheckPlan.Kind.EXEC, argv, null, period, timeout, threshold);
  }

  /** The words of a script that is one simple command (without a trailing {@code || exit 1}), or null. */
  private static List<String> shellWords(String script) {
    if (!SIMPLE_SCRIPT.matcher(script).matches()) {
      return null;
    }
    String command = script.replaceFirst(" *\\|\\| *exit +1 *$", "").trim();
    return Arrays.asList(command.split(" +"));
  }

  /** The URL when {@code argv} is an HTTP GET of the workload by curl (failing on errors) or wget; else null. */
  static String httpProbeUrl(List<String> argv) {
    if (argv.isEmpty()) {
      return null;
    }
    String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    boolean curl = program.equals("curl");
    if (!curl && !program.equals("wget")) {
      return null;
    }
    String url = null;
    boolean fails = !curl; // wget fails on HTTP errors by itself; curl only with -f
    for (int i = 1; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (LOCAL_HTTP_URL.matcher(arg).matches()) {
        if (url != null) {
          return null;
        }
        url = arg;
      } else if (curl && CURL_SHORT_FLAGS.matcher(arg).matches()) {
        fails |= arg.indexOf('f') >= 0;
      } else if (curl && CURL_LONG_FLAGS.contains(arg)) {
        fails |= arg.equals("--fail");
      } else if (curl && arg.equals("-o") && i + 1 < argv.size() && OUTPUT_TARGETS.contains(argv.get(i + 1))) {
        i++;
      } else if (!curl && WGET_FLAGS.contains(arg)) {
        if ((arg.equals("-qO") || arg.equals("-O")) && !(i + 1 < argv.size()
            && OUTPUT_TARGETS.contains(argv.get(++i)))) {
          return null;
        }
      } else if (!curl && arg.equals("-O") && i + 1 < argv.size() && OUTPUT_TARGETS.contains(argv.get(i + 1))) {
        i++;
      } else {
        return null;
      }
    }
    return fails ? url : null;
  }
}
