package dev.gen.model.compose;

import dev.gen.model.ServiceReference;
import dev.gen.model.ServiceReference.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places in an environment value that name another service, with exact offsets so a target can rewrite
 * the host (and port) with what it learns at deploy time. Three forms, in this order, never overlapping:
 *
 * <ol>
 *   <li>the hosts of URLs ({@code postgres://u:p@db:5432/x}, {@code mongodb://a:1,b:2/db});
 *   <li>{@code host:port} tokens anywhere else, also inside lists ({@code kafka1:9092,kafka2:9092});
 *   <li>a bare host name, the whole value or one entry of a comma-separated list, but only in a variable whose name
 *       says it holds a host ({@code DB_HOST=db}); otherwise {@code MODE=cache} would point at a service
 *       {@code cache}.
 * </ol>
 *
 * <p>A name only counts when the resolver knows it; IPv6 literals, {@code localhost} and unknown hosts are left
 * alone. Image references such as {@code IMAGE=redis:7} look like {@code host:port}, so variables named
 * {@code *IMAGE*} are not searched for that form.
 */
final class ServiceReferenceFinder {

  /** Maps a host name written in a value to the service it reaches, from one service's point of view. */
  interface HostResolver {
    Optional<String> serviceFor(String host);
  }

  private static final List<String> HOST_WORDS =
      List.of("HOST", "SERVER", "ADDR", "ENDPOINT", "BROKER", "PEER", "NODE", "URL", "URI", "DSN");

  /** {@code host:port} not glued to a longer word, a path, a scheme or an IPv6 literal. */
  private static final Pattern HOST_PORT =
      Pattern.compile("(?<![A-Za-z0-9._\\-:/\\[\\]])([A-Za-z0-9][A-Za-z0-9._-]*):(\\d{1,5})(?![A-Za-z0-9._-])");

  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ServiceReferenceFinder() {}

  static List<ServiceReference> find(String name, String value, HostResolver hosts) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    List<ServiceReference> found = new ArrayList<>();
    boolean[] taken = new boolean[value.length()];
    findUrlHosts(value, hosts, found, taken);
    if (!name.toUpperCase(Locale.ROOT).contains("IMAGE")) {
      findHostPorts(value, hosts, found, taken);
    }
    if (looksLikeHostVariable(name)) {
      findBareHosts(value, hosts, found, taken);
    }
    found.sort(Comparator.comparingInt(ServiceReference::hostStart));
    return found;
  }

  static boolean looksLikeHostVariable(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return HOST_WORDS.stream().anyMatch(upper::contains);
  }

  private static void findUrlHosts(String value, HostResolver hosts, List<ServiceReference> found, boolean[] taken) {
    for (UrlAuthority authority : UrlAuthority.findAll(value)) {
      // user information such as "root:1234" must not pass for host:port later
      mark(taken, authority.start(), authority.end());
      for (UrlAuthority.Span entry : authority.hosts()) {
        String text = entry.text();
        if (text.startsWith("[")) {
          continue; // an IPv6 literal
        }
        int colon = text.indexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        String portText = colon < 0 ? null : text.substring(colon + 1);
        Integer port = portText == null ? null : port(portText);
        if ((portText != null && port == null) || !HOST_NAME.matcher(host).matches()) {
          continue;
        }
        Optional<String> service = hosts.serviceFor(host);
        if (service.isPresent()) {
          int hostStart = entry.start();
          int hostEnd = hostStart + host.length();
          found.add(port == null
              ? new ServiceReference(service.get(), Kind.URL, hostStart, hostEnd, null, -1, -1)
              : new ServiceReference(service.get(), Kind.URL, hostStart, hostEnd, port, hostEnd + 1, entry.end()));
        }
      }
    }
  }

  private static void findHostPorts(String value, HostResolver hosts, List<ServiceReference> found, boolean[] taken) {
    Matcher m = HOST_PORT.matcher(value);
    while (m.find()) {
      if (isTaken(taken, m.start(), m.end())) {
        continue;
      }
      Integer port = port(m.group(2));
      Optional<String> service = hosts.serviceFor(m.group(1));
      if (port != null && service.isPresent()) {
        mark(taken, m.start(), m.end());
        found.add(new ServiceReference(
            service.get(), Kind.HOST_PORT, m.start(1), m.end(1), port, m.start(2), m.end(2)));
      }
    }
  }

  private static void findBareHosts(String value, HostResolver hosts, List<ServiceReference> found, boolean[] taken) {
    int pieceStart = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i < value.length() && value.charAt(i) != ',') {
        continue;
      }
      int start = pieceStart;
      int end = i;
      while (start < end && value.charAt(start) == ' ') {
        start++;
      }
      while (end > start && value.charAt(end - 1) == ' ') {
        end--;
      }
      pieceStart = i + 1;
      String host = value.substring(start, end);
      if (end > start && !isTaken(taken, start, end) && HOST_NAME.matcher(host).matches()) {
        Optional<String> service = hosts.serviceFor(host);
        if (service.isPresent()) {
          mark(taken, start, end);
          found.add(new ServiceReference(service.get(), Kind.HOST, start, end, null, -1, -1));
        }
      }
    }
  }

  /** A TCP/UDP port number, or null. */
  private static Integer port(String digits) {
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int port = Integer.parseInt(digits);
    return port <= 65535 ? port : null;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  private static boolean isTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
