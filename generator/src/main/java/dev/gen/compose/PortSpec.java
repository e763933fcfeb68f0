package dev.gen.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The short port syntax ({@code [ip:][published:]target[/protocol]}, ranges allowed) expanded to one entry per
 * container port, with the rules and messages of Docker's {@code go-connections/nat} and compose-go's
 * {@code ParsePortConfig}: entries are ordered by their {@code port/proto} key as text, the published side is a
 * string (a range when one container port meets a host range).
 */
final class PortSpec {

  /** One expanded port: the long syntax compose-go builds. */
  record Port(String hostIp, String published, long target, String protocol) {}

  /** A short port spec Compose cannot parse; the message is Docker's. */
  static final class PortException extends Exception {
    private static final long serialVersionUID = 1L;

    PortException(String message) {
      super(message, null, false, false);
    }
  }

  private PortSpec() {}

  static List<Port> parse(String raw) throws PortException {
    String[] parts = raw.split(":", -1);
    int n = parts.length;
    String rawIp;
    String hostPort;
    String containerPort = parts[n - 1];
    switch (n) {
      case 1 -> {
        rawIp = "";
        hostPort = "";
      }
      case 2 -> {
        rawIp = "";
        hostPort = parts[0];
      }
      case 3 -> {
        rawIp = parts[0];
        hostPort = parts[1];
      }
      default -> {
        rawIp = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
        hostPort = parts[n - 2];
      }
    }
    String[] protoPort = splitProtoPort(containerPort);
    String proto = protoPort[0];
    containerPort = protoPort[1];
    String ip = stripBrackets(rawIp);
    if (!ip.isEmpty() && !isIp(ip)) {
      throw new PortException("Invalid ip address: " + ip);
    }
    if (containerPort.isEmpty()) {
      throw new PortException("No port specified: " + raw + "<empty>");
    }
    long[] container = range(containerPort);
    if (container == null) {
      throw new PortException("Invalid containerPort: " + containerPort);
    }
    long[] host = {0, 0};
    if (!hostPort.isEmpty()) {
      host = range(hostPort);
      if (host == null) {
        throw new PortException("Invalid hostPort: " + hostPort);
      }
    }
    if (!hostPort.isEmpty() && container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
      throw new PortException(
          "Invalid ranges specified for container and host Ports: " + containerPort + " and " + hostPort);
    }
    String protocol = proto.toLowerCase(Locale.ROOT);
    if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
      throw new PortException("Invalid proto: " + proto);
    }
    // nat.ParsePortSpecs keys the result by "port/proto"; compose-go sorts those keys as text
    TreeMap<String, Port> sorted = new TreeMap<>();
    for (long i = 0; i <= container[1] - container[0]; i++) {
      long target = container[0] + i;
      String published = hostPort;
      if (!hostPort.isEmpty()) {
        published = Long.toString(host[0] + i);
      }
      if (container[0] == container[1] && host[0] != host[1]) {
        published = published + "-" + host[1];
      }
      sorted.put(target + "/" + protocol, new Port(ip, published, target, protocol));
    }
    return new ArrayList<>(sorted.values());
  }

  private static String[] splitProtoPort(String raw) {
    String[] parts = raw.split("/", -1);
    if (raw.isEmpty() || parts[0].isEmpty()) {
      return new String[] {"", ""};
    }
    if (parts.length == 1) {
      return new String[] {"tcp", raw};
    }
    if (parts[1].isEmpty()) {
      return new String[] {"tcp", parts[0]};
    }
    return new String[] {parts[1], parts[0]};
  }

  /** {@code net.SplitHostPort(ip + ":")}: brackets around IPv6 addresses are removed. */
  private static String stripBrackets(String ip) throws PortException {
    if (ip.startsWith("[")) {
      int close = ip.indexOf(']');
      if (close < 0 || close != ip.length() - 1) {
        throw new PortException("Invalid ip address " + ip + ": address " + ip + ": missing ']' in address");
      }
      return ip.substring(1, close);
    }
    if (ip.contains(":")) {
      throw new PortException("Invalid ip address " + ip + ": address " + ip + ":: too many colons in address");
    }
    return ip;
  }

  /** {@code nat.ParsePortRange}: {@code 80} or {@code 8000-8010}, each a 16-bit unsigned number. */
  static long[] range(String ports) {
    if (ports.isEmpty()) {
      return null;
    }
    int dash = ports.indexOf('-');
    if (dash < 0) {
      long p = uint16(ports);
      return p < 0 ? null : new long[] {p, p};
    }
    String[] parts = ports.split("-", -1);
    long start = uint16(parts[0]);
    long end = uint16(parts[1]);
    if (start < 0 || end < 0 || end < start) {
      return null;
    }
    return new long[] {start, end};
  }

  private static long uint16(String s) {
    if (s.isEmpty() || s.length() > 6) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    long v = Long.parseLong(s);
    return v > 65535 ? -1 : v;
  }

  /** {@code net.ParseIP}: a dotted IPv4 address or an IPv6 address (possibly with an embedded IPv4 tail). */
  static boolean isIp(String s) {
    return isIpv4(s) || isIpv6(s);
  }

  private static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String s) {
    if (!s.contains(":")) {
      return false;
    }
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] groups = s.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      if (g.isEmpty()) {
        continue;
      }
      if (i == groups.length - 1 && g.contains(".")) {
        if (!isIpv4(g)) {
          return false;
        }
        count += 2;
        continue;
      }
      if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return false;
      }
      count++;
    }
    return doubleColon >= 0 ? count < 8 : count == 8;
  }
}
