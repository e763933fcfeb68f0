package dev.gen.model;

/**
 * A mention of another service inside a value, such as {@code db} in {@code postgres://u@db:5432/app}. Offsets
 * index the value string (start inclusive, end exclusive) so that a target can rewrite just the host, or host and
 * port, with what it learns at deploy time.
 *
 * @param service the service mentioned
 * @param kind how it is mentioned
 * @param hostStart the start of the host name in the value
 * @param hostEnd the end of the host name in the value
 * @param port the port written after the host, or null
 * @param portStart the start of the port digits, or -1 when there is no port
 * @param portEnd the end of the port digits, or -1 when there is no port
 */
public record ServiceReference(
    String service, Kind kind, int hostStart, int hostEnd, Integer port, int portStart, int portEnd) {

  /** How a service is named in a value. */
  public enum Kind {
    /** The whole value is the host name: {@code DB_HOST=db}. */
    HOST,
    /** {@code host:port}, possibly inside a list: {@code KAFKA=kafka:9092}. */
    HOST_PORT,
    /** The host of a URL: {@code http://api:8080/v1}. */
    URL
  }

  public boolean hasPort() {
    return port != null;
  }
}
