package dev.gen.testing;

import dev.gen.diag.SourceLocation;
import dev.gen.model.Branding;
import dev.gen.model.Build;
import dev.gen.model.ContainerOptions;
import dev.gen.model.Dependency;
import dev.gen.model.Deployment;
import dev.gen.model.EnvVar;
import dev.gen.model.ExposedPort;
import dev.gen.model.Healthcheck;
import dev.gen.model.Mount;
import dev.gen.model.PortMapping;
import dev.gen.model.Project;
import dev.gen.model.ResourceRef;
import dev.gen.model.Resources;
import dev.gen.model.RestartPolicy;
import dev.gen.model.SecretDefinition;
import dev.gen.model.Service;
import dev.gen.model.ServiceReference;
import dev.gen.model.SourceKind;
import dev.gen.model.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The service models of the example projects under {@code fixtures/}, built by hand from their compose files and
 * Dockerfiles while the loaders are being written: what the compose loader plus the model mapper (or the
 * Dockerfile loader) should produce for them. Locations are the real line:column of each element. Targets' tests
 * use these until they can load the fixtures themselves.
 */
public final class BlueprintExampleProjects {

  private BlueprintExampleProjects() {}

  /** The example projects by fixture name. */
  public static Map<String, Project> all() {
    Map<String, Project> all = new LinkedHashMap<>();
    all.put("dockerfiles", dockerfiles());
    all.put("shop", shop());
    all.put("webapp", webapp());
    all.put("wordpress", wordpress());
    return all;
  }

  public static Project named(String fixture) {
    return Objects.requireNonNull(all().get(fixture), () -> "no example project " + fixture);
  }

  /** {@code fixtures/webapp/compose.yaml}: one web server with a healthcheck and a named volume. */
  public static Project webapp() {
    String f = "compose.yaml";
    Service web = Service.builder("web")
        .image("nginxdemos/hello:0.4")
        .labels(Map.of(
            "org.opencontainers.image.title", "Hello web",
            "org.opencontainers.image.description",
            "A tiny web page that shows the server's name, address and the request URI.",
            "org.opencontainers.image.source", "https://github.com/nginxinc/NGINX-Demos",
            "org.opencontainers.image.licenses", "Apache-2.0"))
        .branding(branding("Hello web",
            "A tiny web page that shows the server's name, address and the request URI.",
            "A tiny web page that shows the server's name, address and the request URI.",
            "https://github.com/nginxinc/NGINX-Demos", "Apache-2.0"))
        .addPort(port(80, "8080", at(f, 12, 9)))
        .addEnvironment(EnvVar.plain("GREETING", "Hello from gen", at(f, 14, 7)))
        .addEnvironment(EnvVar.plain("WORKERS", "4", at(f, 15, 7)))
        .addEnvironment(EnvVar.plain("DEBUG", "false", at(f, 16, 7)))
        .addEnvironment(EnvVar.plain("CACHE_RATIO", "0.75", at(f, 17, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "content", "/usr/share/nginx/html", false, null, at(f, 19, 9)))
        .healthcheck(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost/"), Duration.ofSeconds(30),
            Duration.ofSeconds(5), null, null, 3, false, at(f, 21, 7)))
        .restart(new RestartPolicy(RestartPolicy.Condition.UNLESS_STOPPED, null, null, null, at(f, 25, 14)))
        .location(at(f, 4, 3))
        .build();
    return new Project("webapp", SourceKind.COMPOSE, List.of(web),
        List.of(new Volume("content", false, null, null, Map.of(), Map.of(), at(f, 28, 3))),
        List.of(), List.of(), List.of(), null, at(f, 1, 1));
  }

  /** {@code fixtures/wordpress/compose.yaml}: WordPress and MariaDB, wired by {@code db:3306}. */
  public static Project wordpress() {
    String f = "compose.yaml";
    Service db = Service.builder("db")
        .image("mariadb:11.4")
        .branding(titled("mariadb"))
        .addEnvironment(EnvVar.plain("MARIADB_DATABASE", "wordpress", at(f, 7, 7)))
        .addEnvironment(EnvVar.plain("MARIADB_USER", "wordpress", at(f, 8, 7)))
        .addEnvironment(secret("MARIADB_PASSWORD", "wordpress-password", at(f, 9, 7)))
        .addEnvironment(secret("MARIADB_RANDOM_ROOT_PASSWORD", "1", at(f, 10, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "db_data", "/var/lib/mysql", false, null, at(f, 12, 9)))
        .addExpose(new ExposedPort(3306, "tcp", at(f, 14, 9)))
        .healthcheck(new Healthcheck(List.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
            Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(20), null, 5, false, at(f, 16, 7)))
        .restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, null, null, null, at(f, 21, 14)))
        .location(at(f, 4, 3))
        .build();
    Service wordpress = Service.builder("wordpress")
        .image("wordpress:6.6-apache")
        .branding(titled("wordpress"))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at(f, 26, 7)))
        .addPort(port(80, "8000", at(f, 29, 9)))
        .addEnvironment(referencing("WORDPRESS_DB_HOST", "db:3306", at(f, 31, 7),
            hostPort("db", "db:3306", "db:3306")))
        .addEnvironment(EnvVar.plain("WORDPRESS_DB_USER", "wordpress", at(f, 32, 7)))
        .addEnvironment(secret("WORDPRESS_DB_PASSWORD", "wordpress-password", at(f, 33, 7)))
        .addEnvironment(EnvVar.plain("WORDPRESS_DB_NAME", "wordpress", at(f, 34, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "wp_content", "/var/www/html", false, null, at(f, 36, 9)))
        .restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, null, null, null, at(f, 37, 14)))
        .location(at(f, 23, 3))
        .build();
    return new Project("wordpress", SourceKind.COMPOSE, List.of(db, wordpress),
        List.of(new Volume("db_data", false, null, null, Map.of(), Map.of(), at(f, 40, 3)),
            new Volume("wp_content", false, null, null, Map.of(), Map.of(), at(f, 41, 3))),
        List.of(), List.of(), List.of(), null, at(f, 1, 1));
  }

  /** {@code fixtures/shop/compose.yaml} with its {@code .env}: four services, a build, secrets and replicas. */
  public static Project shop() {
    String f = "compose.yaml";
    Service api = Service.builder("api")
        .image("example/shop-api:2.3.0")
        .branding(titled("shop-api"))
        .addEnvironment(referencing("DATABASE_URL", "postgres://shop@db:5432/shop?sslmode=disable", at(f, 22, 7),
            url("db", "postgres://shop@db:5432/shop?sslmode=disable", "db:5432")))
        .addEnvironment(secret("DB_PASSWORD", "changeme", at(f, 23, 7)))
        .addEnvironment(referencing("REDIS_ADDR", "cache:6379", at(f, 24, 7),
            hostPort("cache", "cache:6379", "cache:6379")))
        .addEnvironment(EnvVar.plain("LOG_LEVEL", "debug", at(f, 25, 7)))
        .addEnvironment(EnvVar.plain("PAGE_SIZE", "50", at(f, 26, 7)))
        .secrets(List.of(new ResourceRef("api_key", "/run/secrets/api_key", null, null, null, at(f, 28, 9))))
        .addExpose(new ExposedPort(8080, "tcp", at(f, 30, 9)))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at(f, 32, 7)))
        .addDependency(new Dependency("cache", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_STARTED, true, false, null, at(f, 34, 7)))
        .deployment(new Deployment(2, "replicated", new Resources(1.5, 512L * 1024 * 1024, null, null, null),
            List.of(), List.of(), Map.of(), at(f, 36, 5)))
        .healthcheck(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost:8080/healthz"),
            Duration.ofSeconds(15), null, null, null, null, false, at(f, 43, 7)))
        .restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, null, null, null, at(f, 45, 14)))
        .location(at(f, 19, 3))
        .build();
    Service cache = Service.builder("cache")
        .image("redis:7-alpine")
        .branding(titled("redis"))
        .command(List.of("redis-server", "--appendonly", "yes"))
        .addMount(new Mount(Mount.Type.VOLUME, "cache", "/data", false, null, at(f, 69, 9)))
        .addExpose(new ExposedPort(6379, "tcp", at(f, 71, 9)))
        .restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, null, null, null, at(f, 72, 14)))
        .location(at(f, 65, 3))
        .build();
    Service db = Service.builder("db")
        .image("postgres:16")
        .branding(titled("postgres"))
        .addEnvironment(EnvVar.plain("POSTGRES_DB", "shop", at(f, 50, 7)))
        .addEnvironment(EnvVar.plain("POSTGRES_USER", "shop", at(f, 51, 7)))
        .addEnvironment(EnvVar.plain("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password", at(f, 52, 7)))
        .secrets(List.of(new ResourceRef("db_password", "/run/secrets/db_password", null, null, null,
            at(f, 54, 9))))
        .addMount(new Mount(Mount.Type.VOLUME, "pgdata", "/var/lib/postgresql/data", false, null, at(f, 56, 9)))
        .addExpose(new ExposedPort(5432, "tcp", at(f, 58, 9)))
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "pg_isready -U shop -d shop"), Duration.ofSeconds(10),
            null, null, null, 5, false, at(f, 60, 7)))
        .restart(new RestartPolicy(RestartPolicy.Condition.ALWAYS, null, null, null, at(f, 63, 14)))
        .location(at(f, 47, 3))
        .build();
    String df = "frontend/Dockerfile";
    Service frontend = Service.builder("frontend")
        .image("shop-frontend:latest")
        .build(new Build("frontend", "Dockerfile", null, null, Map.of("NODE_VERSION", "20"),
            "https://github.com/example/shop", null, "node:${NODE_VERSION}-alpine", at(f, 6, 7)))
        .branding(new Branding("Shop frontend", "The shop's web frontend, served by Node.",
            "The shop's web frontend, served by Node.", null, "https://github.com/example/shop", null, null, "MIT",
            null, null, null, null))
        .addPort(port(3000, "3000", at(f, 11, 9)))
        .addEnvironment(referencing("API_URL", "http://api:8080/v1", at(f, 13, 7),
            url("api", "http://api:8080/v1", "api:8080")))
        .addEnvironment(EnvVar.plain("PUBLIC_TITLE", "The Shop", at(f, 14, 7)))
        .addDependency(new Dependency("api", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_STARTED, true, false, null, at(f, 16, 9)))
        .healthcheck(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost:3000/health"),
            Duration.ofSeconds(30), Duration.ofSeconds(3), null, null, null, false, at(df, 23, 1)))
        .user("node")
        .workingDir("/app")
        .restart(new RestartPolicy(RestartPolicy.Condition.ON_FAILURE, null, null, null, at(f, 17, 14)))
        .location(at(f, 4, 3))
        .build();
    return new Project("shop", SourceKind.COMPOSE, List.of(api, cache, db, frontend),
        List.of(new Volume("cache", false, null, null, Map.of(), Map.of(), at(f, 82, 3)),
            new Volume("pgdata", false, null, null, Map.of(), Map.of(), at(f, 81, 3))),
        List.of(),
        List.of(new SecretDefinition("api_key", SecretDefinition.Kind.ENVIRONMENT, "SHOP_API_KEY", at(f, 77, 3)),
            new SecretDefinition("db_password", SecretDefinition.Kind.FILE, "secrets/db_password.txt",
                at(f, 75, 3))),
        List.of(), null, at(f, 1, 1));
  }

  /** {@code fixtures/dockerfiles/}: three Dockerfiles, one service each, named after their folders. */
  public static Project dockerfiles() {
    String a = "api/Dockerfile";
    Service api = Service.builder("api")
        .build(new Build("api", "Dockerfile", null, null, Map.of(), "https://github.com/example/inventory", null,
            "alpine:3.20", at(a, 11, 1)))
        .branding(new Branding("Inventory API", "Keeps track of what is in stock.",
            "Keeps track of what is in stock.", null, "https://github.com/example/inventory", null, null,
            "Apache-2.0", null, null, null, null))
        .labels(Map.of(
            "org.opencontainers.image.title", "Inventory API",
            "org.opencontainers.image.description", "Keeps track of what is in stock.",
            "org.opencontainers.image.source", "https://github.com/example/inventory",
            "org.opencontainers.image.licenses", "Apache-2.0"))
        .addEnvironment(EnvVar.plain("LISTEN_ADDR", ":8080", at(a, 18, 5)))
        .addEnvironment(EnvVar.plain("LOG_FORMAT", "json", at(a, 19, 5)))
        .addExpose(new ExposedPort(8080, "tcp", at(a, 20, 8)))
        .addExpose(new ExposedPort(9090, "tcp", at(a, 20, 19)))
        .user("65534:65534")
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"),
            Duration.ofSeconds(20), Duration.ofSeconds(2), null, null, 4, false, at(a, 22, 1)))
        .entrypoint(List.of("/usr/local/bin/api"))
        .command(List.of("--config", "/etc/inventory/config.yaml"))
        .options(withStopSignal("SIGTERM"))
        .location(at(a, 1, 1))
        .build();
    String w = "web/Dockerfile";
    Service web = Service.builder("web")
        .build(new Build("web", "Dockerfile", null, null, Map.of(), null, null, "nginx:1.27-alpine", at(w, 1, 1)))
        .branding(titled("web"))
        .labels(Map.of("maintainer", "ops@example.com"))
        .addExpose(new ExposedPort(80, "tcp", at(w, 4, 8)))
        .addExpose(new ExposedPort(443, "tcp", at(w, 4, 11)))
        .location(at(w, 1, 1))
        .build();
    String k = "worker/Dockerfile";
    Service worker = Service.builder("worker")
        .build(new Build("worker", "Dockerfile", null, null, Map.of(), null, null, "python:3.12-slim",
            at(k, 1, 1)))
        .branding(titled("Report worker"))
        .labels(Map.of("org.opencontainers.image.title", "Report worker"))
        .addEnvironment(EnvVar.plain("PYTHONUNBUFFERED", "1", at(k, 3, 5)))
        .addEnvironment(EnvVar.plain("QUEUE_URL", "redis://localhost:6379/0", at(k, 3, 24)))
        .workingDir("/app")
        .addMount(new Mount(Mount.Type.VOLUME, null, "/app/reports", false, null, at(k, 8, 1)))
        .user("1000")
        .entrypoint(List.of("python", "worker.py"))
        .command(List.of("--concurrency", "2"))
        .location(at(k, 1, 1))
        .build();
    return new Project("dockerfiles", SourceKind.DOCKERFILES, List.of(api, web, worker), List.of(), List.of(),
        List.of(), List.of(), null, SourceLocation.of("."));
  }

  // ---- helpers ----

  public static SourceLocation at(String file, int line, int column) {
    return new SourceLocation(file, line, column);
  }

  public static PortMapping port(int target, String published, SourceLocation location) {
    return new PortMapping(target, published, null, "tcp", "ingress", null, null, location);
  }

  public static EnvVar secret(String name, String value, SourceLocation location) {
    return new EnvVar(name, value, true, "name", List.of(), location);
  }

  public static EnvVar referencing(String name, String value, SourceLocation location, ServiceReference... refs) {
    return new EnvVar(name, value, false, null, List.of(refs), location);
  }

  /** A {@code host:port} reference: {@code mention} is the {@code host:port} text inside {@code value}. */
  public static ServiceReference hostPort(String service, String value, String host) {
    return reference(service, ServiceReference.Kind.HOST_PORT, value, host);
  }

  /** A URL reference: {@code authority} is the {@code host[:port]} text inside {@code value}. */
  public static ServiceReference url(String service, String value, String authority) {
    return reference(service, ServiceReference.Kind.URL, value, authority);
  }

  private static ServiceReference reference(String service, ServiceReference.Kind kind, String value,
      String authority) {
    int start = kind == ServiceReference.Kind.URL ? value.indexOf(authority, value.indexOf("://") + 3)
        : value.indexOf(authority);
    int colon = authority.indexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    int hostEnd = start + host.length();
    if (colon < 0 && kind == ServiceReference.Kind.HOST_PORT) {
      // a bare host in a host-like variable: the whole value
      return new ServiceReference(service, ServiceReference.Kind.HOST, start, hostEnd, null, -1, -1);
    }
    if (colon < 0) {
      return new ServiceReference(service, kind, start, hostEnd, null, -1, -1);
    }
    int port = Integer.parseInt(authority.substring(colon + 1));
    return new ServiceReference(service, kind, start, hostEnd, port, hostEnd + 1, start + authority.length());
  }

  public static Branding titled(String title) {
    return new Branding(title, title, null, null, null, null, null, null, null, null, null, null);
  }

  private static Branding branding(String title, String summary, String description, String source,
      String licenses) {
    return new Branding(title, summary, description, null, source, null, null, licenses, null, null, null, null);
  }

  private static ContainerOptions withStopSignal(String signal) {
    ContainerOptions d = ContainerOptions.DEFAULT;
    return new ContainerOptions(d.privileged(), d.capAdd(), d.capDrop(), d.readOnlyRootFilesystem(), d.init(),
        d.hostname(), d.extraHosts(), signal, d.stopGracePeriod(), d.tty(), d.stdinOpen(), d.pullPolicy(),
        d.platform(), d.containerName(), d.shmSizeBytes(), d.sysctls(), d.ulimits(), d.devices(), d.dns(),
        d.securityOpt(), d.groupAdd());
  }

  /** A mutable copy helper for tests that tweak one service. */
  public static List<Service> replace(List<Service> services, Service replacement) {
    List<Service> out = new ArrayList<>();
    for (Service s : services) {
      out.add(s.name().equals(replacement.name()) ? replacement : s);
    }
    return out;
  }
}
