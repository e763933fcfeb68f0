package dev.gen.target.charm;

/**
 * A port the workload listens on and the charm opens.
 *
 * @param port the container port
 * @param protocol {@code tcp} or {@code udp}
 * @param published the host port compose published it on, or null when it was only exposed to other services
 */
public record PortPlan(int port, String protocol, String published) {

  public boolean isPublished() {
    return published != null;
  }
}
