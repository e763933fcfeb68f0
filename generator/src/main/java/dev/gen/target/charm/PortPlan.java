package dev.gen.target.charm;

/**
 * A port the workload listens on and the charm opens.
 *
 * @param port the container port
 * @param protocol {@code tcp} or {@code udp}
 * @param published the host port compose published it on, or null when it was only exposed to other services
 * @param hostIp the host address compose published it on ({@code 127.0.0.1}), or null for all of them; only a
 *     machine charm can bind one, a Kubernetes charm reports it as not carried over
 */
public record PortPlan(int port, String protocol, String published, String hostIp) {

  /** A port published on all of the host's addresses (or not published). */
  public PortPlan(int port, String protocol, String published) {
    this(port, protocol, published, null);
  }

  public boolean isPublished() {
    return published != null;
  }
}
