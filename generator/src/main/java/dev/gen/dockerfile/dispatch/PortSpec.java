package dev.gen.dockerfile.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One EXPOSE word, {@code [ip:][hostPort:]port[-endPort][/proto]}, parsed as BuildKit's {@code convert_expose.go}:
 * the protocol defaults to tcp (case-insensitive: tcp, udp, sctp) and a range expands to one port per number.
 * An IP or host port is accepted (BuildKit only lints it).
 *
 * @param ports the container ports, in order
 * @param protocol the lower-cased protocol
 * @param writtenProtocol the protocol as written ("" when omitted), for the casing lint
 * @param hasHostPart whether an IP address or host port was given
 */
public record PortSpec(List<Integer> ports, String protocol, String writtenProtocol, boolean hasHostPart) {

  /** A word BuildKit rejects; the message is BuildKit's. */
  public static final class InvalidPortException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidPortException(String message) {
      super(message);
    }
  }

  public PortSpec {
    ports = List.copyOf(ports);
  }

  public static PortSpec parse(String raw) throws InvalidPortException {
    String[] parts = raw.split(":", -1);
    String ip = "";
    String hostPort = "";
    String containerPort;
    switch (parts.length) {
      case 1 -> containerPort = parts[0];
      case 2 -> {
        hostPort = parts[0];
        containerPort = parts[1];
      }
      case 3 -> {
        ip = parts[0];
        hostPort = parts[1];
        containerPort = parts[2];
      }
      default -> {
        int n = parts.length;
        ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
        hostPort = parts[n - 2];
        containerPort = parts[n - 1];
      }
    }
    int slash = containerPort.indexOf('/');
    String port = slash < 0 ? containerPort : containerPort.substring(0, slash);
    String written = slash < 0 ? "" : containerPort.substring(slash + 1);
    if (port.isEmpty()) {
      throw new InvalidPortException("no port specified: " + containerPort + "<empty>");
    }
    String proto = written.toLowerCase(Locale.ROOT);
    switch (proto) {
      case "" -> proto = "tcp";
      case "tcp", "udp", "sctp" -> { }
      default -> throw new InvalidPortException("invalid proto: " + proto);
    }
    if (!ip.isEmpty()) {
      String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
      if (!isIp(bare)) {
        throw new InvalidPortException("invalid IP address: " + ip);
      }
    }
    int[] range = range(port, "containerPort");
    if (!hostPort.isEmpty()) {
      int[] host = range(hostPort, "hostPort");
      if (range[1] - range[0] != host[1] - host[0] && range[1] != range[0]) {
        throw new InvalidPortException("invalid ranges specified for container and host Ports: " + port + " and "
            + hostPort);
      }
    }
    List<Integer> ports = new ArrayList<>();
    for (int p = range[0]; p <= range[1]; p++) {
      ports.add(p);
    }
    return new PortSpec(ports, proto, written, !ip.isEmpty() || !hostPort.isEmpty());
  }

  private static int[] range(String ports, String what) throws InvalidPortException {
    String[] se = ports.contains("-") ? ports.split("-", -1) : new String[] {ports, ports};
    if (se.length != 2) {
      throw new InvalidPortException("invalid " + what + ": " + ports);
    }
    int start = port(se[0], ports, what);
    int end = port(se[1], ports, what);
    if (end < start) {
      throw new InvalidPortException("invalid " + what + ": " + ports);
    }
    return new int[] {start, end};
  }

  /** Go's {@code strconv.ParseUint(s, 10, 16)}. */
  private static int port(String s, String ports, String what) throws InvalidPortException {
    if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
        || Integer.parseInt(s) > 65535) {
      throw new InvalidPortException("invalid " + what + ": " + ports);
    }
    return Integer.parseInt(s);
  }

  private static boolean isIp(String s) {
    if (s.matches("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}")) {
      return true;
    }
    return s.contains(":") && s.length() <= 45 && s.matches("[0-9a-fA-F:.]+");
  }
}
