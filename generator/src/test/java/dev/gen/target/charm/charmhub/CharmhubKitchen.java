package dev.gen.target.charm.charmhub;

import dev.gen.model.Dependency;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Hints;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project that uses every kind of Charmhub charm gen knows: an application that talks to PostgreSQL (a URL with
 * credentials), MongoDB (a URL without), RabbitMQ, Kafka and memcached, behind an nginx reverse proxy, with
 * Prometheus and Grafana beside it, and a MinIO it depends on (which a generated charm cannot use).
 */
public final class CharmhubKitchen {

  private CharmhubKitchen() {}

  static EnvVar url(String name, String value, String service, boolean secret) {
    int host = value.indexOf(service, value.indexOf('@') + 1 > 0 ? value.indexOf('@') + 1 : value.indexOf("//") + 2);
    int colon = host + service.length();
    int portEnd = colon + 1;
    while (portEnd < value.length() && Character.isDigit(value.charAt(portEnd))) {
      portEnd++;
    }
    Integer port = Integer.valueOf(value.substring(colon + 1, portEnd));
    return new EnvVar(name, value, secret, secret ? "url-credentials" : null,
        List.of(new ServiceReference(service, ServiceReference.Kind.URL, host, colon, port, colon + 1, portEnd)),
        null);
  }

  static EnvVar hostPort(String name, String value, String service) {
    int colon = value.indexOf(':');
    return new EnvVar(name, value, false, null, List.of(new ServiceReference(service,
        ServiceReference.Kind.HOST_PORT, 0, colon, Integer.valueOf(value.substring(colon + 1)), colon + 1,
        value.length())), null);
  }

  static Dependency on(String service) {
    return new Dependency(service, List.of(Dependency.Via.DEPENDS_ON), null, true, false, null, null);
  }

  public static Project project() {
    List<Service> services = new ArrayList<>();
    services.add(Service.builder("app").image("example/app:1")
        .addPort(new PortMapping(8000, "8000", null, "tcp", "ingress", null, null, null))
        .addEnvironment(url("DATABASE_URL", "postgresql://app:s3cret@pg:5432/appdb?sslmode=require", "pg", true))
        .addEnvironment(url("MONGO_URL", "mongodb://mongo:27017/catalog", "mongo", false))
        .addEnvironment(url("AMQP_URL", "amqp://guest:guest@rabbit:5672/%2F", "rabbit", true))
        .addEnvironment(hostPort("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "kafka"))
        .addEnvironment(EnvVar.plain("KAFKA_TOPIC", "orders", null))
        .addEnvironment(new EnvVar("CACHE_HOST", "memcached", false, null, List.of(new ServiceReference(
            "memcached", ServiceReference.Kind.HOST, 0, 9, null, -1, -1)), null))
        .addEnvironment(EnvVar.plain("CACHE_PORT", "11211", null))
        .addEnvironment(EnvVar.plain("DB_USER", "app", null))
        .addEnvironment(new EnvVar("MYSTERY_PASSWORD", "x", true, "name", List.of(), null))
        .addDependency(on("pg")).addDependency(on("mongo")).addDependency(on("rabbit"))
        .addDependency(on("kafka")).addDependency(on("memcached")).addDependency(on("files"))
        .build());
    services.add(Service.builder("pg").image("postgres:16")
        .addEnvironment(EnvVar.plain("POSTGRES_USER", "app", null))
        .addEnvironment(EnvVar.plain("POSTGRES_DB", "appdb", null))
        .addEnvironment(new EnvVar("POSTGRES_PASSWORD", "s3cret", true, "name", List.of(), null))
        .addExpose(new ExposedPort(5432, "tcp", null)).build());
    services.add(Service.builder("mongo").image("mongo:7").build());
    services.add(Service.builder("rabbit").image("rabbitmq:3-management").build());
    services.add(Service.builder("kafka").image("bitnami/kafka:3.7").build());
    services.add(Service.builder("memcached").image("memcached:1.6").build());
    services.add(Service.builder("files").image("minio/minio:latest").build());
    services.add(Service.builder("proxy").image("nginx:1.27")
        .addPort(new PortMapping(80, "80", null, "tcp", "ingress", null, null, null))
        .addDependency(on("app")).build());
    services.add(Service.builder("prometheus").image("prom/prometheus:v2.53.0").build());
    services.add(Service.builder("grafana").image("grafana/grafana:11.1.0").addDependency(on("prometheus")).build());
    services.sort(java.util.Comparator.comparing(Service::name));
    return new Project("kitchen", SourceKind.COMPOSE, services, List.of(), List.of(), List.of(), List.of(), null,
        null);
  }

  /** The project with {@code x-juju} hints on a service. */
  public static Project withHints(Project project, String service, Map<String, Object> juju) {
    List<Service> services = project.services().stream()
        .map(s -> s.name().equals(service) ? s.toBuilder().hints(new Hints(juju, Map.of())).build() : s)
        .toList();
    return new Project(project.name(), project.source(), services, project.volumes(), project.networks(),
        project.secrets(), project.configs(), project.hints(), project.location());
  }
}
