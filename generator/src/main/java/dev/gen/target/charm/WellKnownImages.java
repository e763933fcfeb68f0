package dev.gen.target.charm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ENTRYPOINT and CMD of a few widely used official images. Pebble replaces an image's ENTRYPOINT, so a
 * Kubernetes charm must name the whole argv; compose files rarely do, and gen cannot read image configurations
 * (no registry access). These values come from the images' published Dockerfiles (docker-library) and have not
 * changed in years; the README of a charm that uses one says so, so that the reader can check it.
 */
final class WellKnownImages {

  /** An image's ENTRYPOINT and CMD. */
  record Known(String repository, List<String> entrypoint, List<String> command) {}

  private static final List<String> DOCKER_ENTRYPOINT = List.of("docker-entrypoint.sh");
  private static final List<String> NGINX_ENTRYPOINT = List.of("/docker-entrypoint.sh");
  private static final List<String> NGINX_COMMAND = List.of("nginx", "-g", "daemon off;");

  private static final Map<String, Known> TABLE = Map.ofEntries(
      known("nginx", NGINX_ENTRYPOINT, NGINX_COMMAND),
      // nginxdemos/hello is built FROM nginx:mainline-alpine and keeps its ENTRYPOINT and CMD
      known("nginxdemos/hello", NGINX_ENTRYPOINT, NGINX_COMMAND),
      known("httpd", List.of(), List.of("httpd-foreground")),
      known("postgres", DOCKER_ENTRYPOINT, List.of("postgres")),
      known("mariadb", DOCKER_ENTRYPOINT, List.of("mariadbd")),
      known("mysql", DOCKER_ENTRYPOINT, List.of("mysqld")),
      known("redis", DOCKER_ENTRYPOINT, List.of("redis-server")),
      known("mongo", DOCKER_ENTRYPOINT, List.of("mongod")),
      known("rabbitmq", DOCKER_ENTRYPOINT, List.of("rabbitmq-server")),
      known("node", DOCKER_ENTRYPOINT, List.of("node")),
      known("python", List.of(), List.of("python3")));

  private WellKnownImages() {}

  private static Map.Entry<String, Known> known(String repo, List<String> entrypoint, List<String> command) {
    return Map.entry(repo, new Known(repo, entrypoint, command));
  }

  /** What gen knows about an image reference such as {@code mariadb:11.4} or {@code docker.io/library/redis}. */
  static Optional<Known> lookup(String imageRef) {
    if (imageRef == null || imageRef.isEmpty()) {
      return Optional.empty();
    }
    String ref = ImageNames.repository(imageRef);
    String tag = ImageNames.tag(imageRef);
    if (ref.equals("wordpress")) {
      if (tag.contains("cli")) {
        return Optional.empty();
      }
      return Optional.of(tag.contains("fpm")
          ? new Known("wordpress", DOCKER_ENTRYPOINT, List.of("php-fpm"))
          : new Known("wordpress", DOCKER_ENTRYPOINT, List.of("apache2-foreground")));
    }
    return Optional.ofNullable(TABLE.get(ref));
  }
}
