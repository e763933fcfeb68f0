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
import dev.gen.model.NetworkAttachment;
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
import java.util.List;
import java.util.Map;

/**
 * The service models of the example projects in {@code fixtures/}, built by hand, faithfully, the way the model
 * mapper will build them from the loaders' output (normalized compose: paths relative to the project, values
 * interpolated, {@code expose} as ports, the default network). Tests of targets use them until the loaders land;
 * then they switch to the real loader and these must give the same models.
 */
public final class ExampleProjects {

  private ExampleProjects() {}

  /** The example projects by fixture name. */
  public static Map<String, Project> all() {
    return Map.of("webapp", webapp(), "wordpress", wordpress(), "shop", shop(), "dockerfiles", dockerfiles());
  }

  private static SourceLocation at(String file, int line, int column) {
    return new SourceLocation(file, line, column);
  }

  private static List<NetworkAttachment> defaultNetwork(String file, int line) {
    return List.of(new NetworkAttachment("default", List.of(), null, null, at(file, line, 3)));
  }

  private static EnvVar env(String name, String value, SourceLocation at) {
    return EnvVar.plain(name, value, at);
  }

  private static EnvVar secretEnv(String name, String value, SourceLocation at) {
    return new EnvVar(name, value, true, "name", List.of(), at);
  }

  private static RestartPolicy restart(RestartPolicy.Condition condition, SourceLocation at) {
    return new RestartPolicy(condition, null, null, null, at);
  }

  /** fixtures/webapp/compose.yaml */
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
        .branding(new Branding("Hello web",
            "A tiny web page that shows the server's name, address and the request URI.",
            "A tiny web page that shows the server's name, address and the request URI.", null,
            "https://github.com/nginxinc/NGINX-Demos", null, null, "Apache-2.0", null, null, null, null))
        .addPort(new PortMapping(80, "8080", null, "tcp", "ingress", null, null, at(f, 11, 9)))
        .addEnvironment(env("GREETING", "Hello from gen", at(f, 13, 7)))
        .addEnvironment(env("WORKERS", "4", at(f, 14, 7)))
        .addEnvironment(env("DEBUG", "false", at(f, 15, 7)))
        .addEnvironment(env("CACHE_RATIO", "0.75", at(f, 16, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "content", "/usr/share/nginx/html", false, null, at(f, 18, 9)))
        .healthcheck(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost/"), Duration.ofSeconds(30),
            Duration.ofSeconds(5), null, null, 3, false, at(f, 20, 7)))
        .restart(restart(RestartPolicy.Condition.UNLESS_STOPPED, at(f, 24, 14)))
        .networks(defaultNetwork(f, 4))
        .location(at(f, 4, 3))
        .build();
    return new Project("webapp", SourceKind.COMPOSE, List.of(web),
        List.of(new Volume("content", false, null, null, Map.of(), Map.of(), at(f, 27, 3))), List.of(), List.of(),
        List.of(), null, at(f, 1, 1));
  }

  /** fixtures/wordpress/compose.yaml */
  public static Project wordpress() {
    String f = "compose.yaml";
    Service db = Service.builder("db")
        .image("mariadb:11.4")
        .branding(new Branding("mariadb", "mariadb", null, null, null, null, null, null, null, null, null, null))
        .addEnvironment(env("MARIADB_DATABASE", "wordpress", at(f, 7, 7)))
        .addEnvironment(env("MARIADB_USER", "wordpress", at(f, 8, 7)))
        .addEnvironment(secretEnv("MARIADB_PASSWORD", "wordpress-password", at(f, 9, 7)))
        .addEnvironment(secretEnv("MARIADB_RANDOM_ROOT_PASSWORD", "1", at(f, 10, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "db_data", "/var/lib/mysql", false, null, at(f, 12, 9)))
        .addExpose(new ExposedPort(3306, "tcp", at(f, 14, 9)))
        .healthcheck(new Healthcheck(List.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
            Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(20), null, 5, false, at(f, 16, 7)))
        .restart(restart(RestartPolicy.Condition.ALWAYS, at(f, 21, 14)))
        .networks(defaultNetwork(f, 5))
        .location(at(f, 5, 3))
        .build();
    Service wordpress = Service.builder("wordpress")
        .image("wordpress:6.6-apache")
        .branding(new Branding("wordpress", "wordpress", null, null, null, null, null, null, null, null, null,
            null))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at(f, 26, 7)))
        .addPort(new PortMapping(80, "8000", null, "tcp", "ingress", null, null, at(f, 29, 9)))
        .addEnvironment(new EnvVar("WORDPRESS_DB_HOST", "db:3306", false, null,
            List.of(new ServiceReference("db", ServiceReference.Kind.HOST_PORT, 0, 2, 3306, 3, 7)), at(f, 31, 7)))
        .addEnvironment(env("WORDPRESS_DB_USER", "wordpress", at(f, 32, 7)))
        .addEnvironment(secretEnv("WORDPRESS_DB_PASSWORD", "wordpress-password", at(f, 33, 7)))
        .addEnvironment(env("WORDPRESS_DB_NAME", "wordpress", at(f, 34, 7)))
        .addMount(new Mount(Mount.Type.VOLUME, "wp_content", "/var/www/html", false, null, at(f, 36, 9)))
        .restart(restart(RestartPolicy.Condition.ALWAYS, at(f, 37, 14)))
        .networks(defaultNetwork(f, 23))
        .location(at(f, 23, 3))
        .build();
    return new Project("wordpress", SourceKind.COMPOSE, List.of(db, wordpress),
        List.of(new Volume("db_data", false, null, null, Map.of(), Map.of(), at(f, 40, 3)),
            new Volume("wp_content", false, null, null, Map.of(), Map.of(), at(f, 41, 3))),
        List.of(), List.of(), List.of(), null, at(f, 1, 1));
  }

  /** fixtures/shop/compose.yaml, with fixtures/shop/.env (LOG_LEVEL=debug) and DB_PASSWORD unset. */
  public static Project shop() {
    String f = "compose.yaml";
    Service frontend = Service.builder("frontend")
        .image("shop-frontend:latest")
        .build(new Build("frontend", "Dockerfile", null, null, Map.of("NODE_VERSION", "20"), null, null, null,
            at(f, 6, 7)))
        .branding(new Branding("shop-frontend", "shop-frontend", null, null, null, null, null, null, null, null,
            null, null))
        .addPort(new PortMapping(3000, "3000", null, "tcp", "ingress", null, null, at(f, 12, 9)))
        .addEnvironment(new EnvVar("API_URL", "http://api:8080/v1", false, null,
            List.of(new ServiceReference("api", ServiceReference.Kind.URL, 7, 10, 8080, 11, 15)), at(f, 14, 7)))
        .addEnvironment(env("PUBLIC_TITLE", "The Shop", at(f, 15, 7)))
        .addDependency(new Dependency("api", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_STARTED, true, false, null, at(f, 17, 9)))
        .restart(restart(RestartPolicy.Condition.ON_FAILURE, at(f, 18, 14)))
        .networks(defaultNetwork(f, 4))
        .location(at(f, 4, 3))
        .build();
    Service api = Service.builder("api")
        .image("example/shop-api:2.3.0")
        .branding(new Branding("shop-api", "shop-api", null, null, null, null, null, null, null, null, null,
            null))
        .addEnvironment(new EnvVar("DATABASE_URL", "postgres://shop@db:5432/shop?sslmode=disable", false, null,
            List.of(new ServiceReference("db", ServiceReference.Kind.URL, 16, 18, 5432, 19, 23)), at(f, 23, 7)))
        .addEnvironment(secretEnv("DB_PASSWORD", "changeme", at(f, 24, 7)))
        .addEnvironment(new EnvVar("REDIS_ADDR", "cache:6379", false, null,
            List.of(new ServiceReference("cache", ServiceReference.Kind.HOST_PORT, 0, 5, 6379, 6, 10)),
            at(f, 25, 7)))
        .addEnvironment(env("LOG_LEVEL", "debug", at(f, 26, 7)))
        .addEnvironment(env("PAGE_SIZE", "50", at(f, 27, 7)))
        .secrets(List.of(new ResourceRef("api_key", null, null, null, null, at(f, 29, 9))))
        .addExpose(new ExposedPort(8080, "tcp", at(f, 31, 9)))
        .addDependency(new Dependency("db", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_HEALTHY, true, false, null, at(f, 33, 7)))
        .addDependency(new Dependency("cache", List.of(Dependency.Via.DEPENDS_ON, Dependency.Via.ENVIRONMENT),
            Dependency.Condition.SERVICE_STARTED, true, false, null, at(f, 35, 7)))
        .deployment(new Deployment(2, "replicated", new Resources(1.5, 536870912L, null, null, null), List.of(),
            List.of(), Map.of(), at(f, 37, 5)))
        .healthcheck(new Healthcheck(List.of("CMD", "wget", "-qO-", "http://localhost:8080/healthz"),
            Duration.ofSeconds(15), null, null, null, null, false, at(f, 44, 7)))
        .restart(restart(RestartPolicy.Condition.ALWAYS, at(f, 46, 14)))
        .networks(defaultNetwork(f, 20))
        .location(at(f, 20, 3))
        .build();
    Service db = Service.builder("db")
        .image("postgres:16")
        .branding(new Branding("postgres", "postgres", null, null, null, null, null, null, null, null, null,
            null))
        .addEnvironment(env("POSTGRES_DB", "shop", at(f, 51, 7)))
        .addEnvironment(env("POSTGRES_USER", "shop", at(f, 52, 7)))
        .addEnvironment(env("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password", at(f, 53, 7)))
        .secrets(List.of(new ResourceRef("db_password", null, null, null, null, at(f, 55, 9))))
        .addMount(new Mount(Mount.Type.VOLUME, "pgdata", "/var/lib/postgresql/data", false, null, at(f, 57, 9)))
        .addExpose(new ExposedPort(5432, "tcp", at(f, 59, 9)))
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "pg_isready -U shop -d shop"), Duration.ofSeconds(10),
            null, null, null, 5, false, at(f, 61, 7)))
        .restart(restart(RestartPolicy.Condition.ALWAYS, at(f, 64, 14)))
        .networks(defaultNetwork(f, 48))
        .location(at(f, 48, 3))
        .build();
    Service cache = Service.builder("cache")
        .image("redis:7-alpine")
        .branding(new Branding("redis", "redis", null, null, null, null, null, null, null, null, null, null))
        .command(List.of("redis-server", "--appendonly", "yes"))
        .addMount(new Mount(Mount.Type.VOLUME, "cache", "/data", false, null, at(f, 70, 9)))
        .addExpose(new ExposedPort(6379, "tcp", at(f, 72, 9)))
        .restart(restart(RestartPolicy.Condition.ALWAYS, at(f, 73, 14)))
        .networks(defaultNetwork(f, 66))
        .location(at(f, 66, 3))
        .build();
    return new Project("shop", SourceKind.COMPOSE, List.of(api, cache, db, frontend),
        List.of(new Volume("cache", false, null, null, Map.of(), Map.of(), at(f, 83, 3)),
            new Volume("pgdata", false, null, null, Map.of(), Map.of(), at(f, 82, 3))),
        List.of(),
        List.of(new SecretDefinition("api_key", SecretDefinition.Kind.ENVIRONMENT, "SHOP_API_KEY", at(f, 78, 3)),
            new SecretDefinition("db_password", SecretDefinition.Kind.FILE, "secrets/db_password.txt",
                at(f, 76, 3))),
        List.of(), null, at(f, 1, 1));
  }

  /** fixtures/dockerfiles: one service per folder with a Dockerfile. */
  public static Project dockerfiles() {
    String api = "api/Dockerfile";
    Service apiService = Service.builder("api")
        .build(new Build("api", "Dockerfile", null, null, Map.of("GO_VERSION", "1.22"), null, null, "alpine:3.20",
            at(api, 11, 1)))
        .labels(Map.of(
            "org.opencontainers.image.title", "Inventory API",
            "org.opencontainers.image.description", "Keeps track of what is in stock.",
            "org.opencontainers.image.source", "https://github.com/example/inventory",
            "org.opencontainers.image.licenses", "Apache-2.0"))
        .branding(new Branding("Inventory API", "Keeps track of what is in stock.",
            "Keeps track of what is in stock.", null, "https://github.com/example/inventory", null, null,
            "Apache-2.0", null, null, null, null))
        .addEnvironment(env("LISTEN_ADDR", ":8080", at(api, 18, 5)))
        .addEnvironment(env("LOG_FORMAT", "json", at(api, 19, 5)))
        .addExpose(new ExposedPort(8080, "tcp", at(api, 20, 1)))
        .addExpose(new ExposedPort(9090, "tcp", at(api, 20, 1)))
        .user("65534:65534")
        .healthcheck(new Healthcheck(List.of("CMD-SHELL", "wget -qO- http://localhost:8080/healthz || exit 1"),
            Duration.ofSeconds(20), Duration.ofSeconds(2), null, null, 4, false, at(api, 22, 1)))
        .options(new ContainerOptions(false, List.of(), List.of(), false, null, null, Map.of(), "SIGTERM", null,
            false, false, null, null, null, null, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of()))
        .entrypoint(List.of("/usr/local/bin/api"))
        .command(List.of("--config", "/etc/inventory/config.yaml"))
        .location(at(api, 1, 1))
        .build();
    String web = "web/Dockerfile";
    Service webService = Service.builder("web")
        .build(new Build("web", "Dockerfile", null, null, Map.of(), null, null, "nginx:1.27-alpine", at(web, 1, 1)))
        .labels(Map.of("maintainer", "ops@example.com"))
        .branding(new Branding("web", "web", null, null, null, null, null, null, null, null, null, null))
        .addExpose(new ExposedPort(80, "tcp", at(web, 4, 1)))
        .addExpose(new ExposedPort(443, "tcp", at(web, 4, 1)))
        .location(at(web, 1, 1))
        .build();
    String worker = "worker/Dockerfile";
    Service workerService = Service.builder("worker")
        .build(new Build("worker", "Dockerfile", null, null, Map.of(), null, null, "python:3.12-slim",
            at(worker, 1, 1)))
        .labels(Map.of("org.opencontainers.image.title", "Report worker"))
        .branding(new Branding("Report worker", "Report worker", null, null, null, null, null, null, null, null,
            null, null))
        .addEnvironment(env("PYTHONUNBUFFERED", "1", at(worker, 3, 5)))
        .addEnvironment(env("QUEUE_URL", "redis://localhost:6379/0", at(worker, 3, 24)))
        .workingDir("/app")
        .addMount(new Mount(Mount.Type.VOLUME, null, "/app/reports", false, null, at(worker, 8, 1)))
        .user("1000")
        .entrypoint(List.of("python", "worker.py"))
        .command(List.of("--concurrency", "2"))
        .location(at(worker, 1, 1))
        .build();
    return new Project("dockerfiles", SourceKind.DOCKERFILES, List.of(apiService, webService, workerService),
        List.of(), List.of(), List.of(), List.of(), null, at(".", 0, 0));
  }
}
