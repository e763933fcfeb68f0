package dev.gen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic compose project of any size that looks like a real one, for benchmarks. The services come in
 * groups of ten (a database, a cache, a queue, an API, a worker, an auth service, a search engine, a web front end,
 * a reverse proxy and a scheduler), with what real projects have: images, published and exposed ports, environment
 * values that name other services (URLs, hosts), {@code depends_on} with conditions, named volumes and a bind
 * mount, health checks, secrets from files and from the environment, replicas and limits, interpolated variables,
 * keys no target carries (warnings), and in every third group a web front end built from a small Dockerfile. Each
 * group's API also calls the previous group's API (a chain through the whole project) and every auth service the
 * first group's (a hub with one consumer per group), so relation planning sees long chains and wide fan-in.
 *
 * <p>The output depends only on the number of services: the same count gives the same bytes.
 */
public final class SyntheticProject {

  /** The roles of a group, in the order services are written; a project of n services takes the first n. */
  static final String[] ROLES = {
    "db", "cache", "queue", "auth", "api", "worker", "search", "web", "proxy", "scheduler"
  };

  /** The override file's name, beside compose.yaml. */
  public static final String OVERRIDE = "compose.override.yaml";

  private SyntheticProject() {}

  /** {@code SyntheticProject SERVICES DIR}: writes the project into DIR (created if needed). */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SyntheticProject SERVICES DIR");
      System.exit(2);
    }
    int services = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    write(services, dir);
  }

  /**
   * Writes {@code dir/compose.yaml} with {@code services} services, its {@link #OVERRIDE override file}, and the
   * files it names (Dockerfiles and their contexts, an nginx configuration per group, secret files, {@code .env}).
   *
   * @return the compose file
   */
  public static Path write(int services, Path dir) {
    if (services < 1) {
      throw new IllegalArgumentException("services must be at least 1");
    }
    try {
      Files.createDirectories(dir.resolve("secrets"));
      write(dir.resolve(".env"), "LOG_LEVEL=info\nDB_PASSWORD=changeme\n");
      int groups = (services + ROLES.length - 1) / ROLES.length;
      for (int g = 1; g <= groups; g++) {
        write(dir.resolve("secrets").resolve(name(g, "db-password") + ".txt"), "password-" + g + "\n");
        if (roles(services, g) > 8) {
          Path proxy = Files.createDirectories(dir.resolve(group(g)).resolve("proxy"));
          write(proxy.resolve("nginx.conf"), nginxConf(g));
        }
        if (built(g) && roles(services, g) > 7) {
          Path web = Files.createDirectories(dir.resolve(group(g)).resolve("web"));
          write(web.resolve("Dockerfile"), DOCKERFILE);
          write(web.resolve("package.json"), "{\"name\": \"" + name(g, "web") + "\", \"private\": true}\n");
        }
      }
      Path compose = dir.resolve("compose.yaml");
      write(compose, compose(services));
      write(dir.resolve(OVERRIDE), override(services));
      return compose;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The compose file of a project of {@code services} services. */
  public static String compose(int services) {
    StringBuilder y = new StringBuilder(services * 700);
    y.append("# A synthetic project of ").append(services).append(" services (dev.gen.bench.SyntheticProject).\n");
    y.append("name: synthetic-").append(services).append("\n");
    y.append("services:\n");
    int groups = (services + ROLES.length - 1) / ROLES.length;
    for (int g = 1; g <= groups; g++) {
      for (int r = 0; r < roles(services, g); r++) {
        service(y, g, ROLES[r]);
      }
    }
    y.append("\nvolumes:\n");
    for (int g = 1; g <= groups; g++) {
      int n = roles(services, g);
      if (n > 0) {
        y.append("  ").append(name(g, "pgdata")).append(": {}\n");
      }
      if (n > 1) {
        y.append("  ").append(name(g, "cache-data")).append(": {}\n");
      }
      if (n > 2) {
        y.append("  ").append(name(g, "queue-data")).append(": {}\n");
      }
      if (n > 6) {
        y.append("  ").append(name(g, "search-data")).append(":\n")
            .append("    driver_opts:\n      size: 10G\n");
      }
    }
    y.append("\nsecrets:\n");
    for (int g = 1; g <= groups; g++) {
      y.append("  ").append(name(g, "db-password")).append(":\n")
          .append("    file: ./secrets/").append(name(g, "db-password")).append(".txt\n");
      if (roles(services, g) > 3) {
        y.append("  ").append(name(g, "api-key")).append(":\n")
            .append("    environment: ").append(group(g).toUpperCase(Locale.ROOT)).append("_API_KEY\n");
      }
    }
    return y.toString();
  }

  /**
   * The override file the project's users would keep beside it, for {@code -f compose.yaml -f compose.override.yaml}
   * (the benchmark merges both): each group's API logs more and runs fewer replicas, its web front end publishes a
   * second port and gets a label.
   */
  public static String override(int services) {
    StringBuilder y = new StringBuilder(services * 40);
    y.append("# Local overrides of the synthetic project of ").append(services).append(" services.\n");
    y.append("services:\n");
    int groups = (services + ROLES.length - 1) / ROLES.length;
    for (int g = 1; g <= groups; g++) {
      if (roles(services, g) > 4) {
        y.append("  ").append(name(g, "api")).append(":\n")
            .append("    environment:\n      LOG_LEVEL: debug\n      FEATURE_FLAGS: beta,new-checkout\n")
            .append("    deploy:\n      replicas: 2\n");
      }
      if (roles(services, g) > 7) {
        y.append("  ").append(name(g, "web")).append(":\n")
            .append("    ports:\n      - \"").append(30000 + g).append(":9229\"\n")
            .append("    labels:\n      com.example.debug: \"true\"\n");
      }
    }
    return y.toString();
  }

  /** How many roles group {@code g} has in a project of {@code services} services. */
  private static int roles(int services, int g) {
    return Math.max(0, Math.min(ROLES.length, services - (g - 1) * ROLES.length));
  }

  private static boolean built(int g) {
    return g % 3 == 1;
  }

  private static String group(int g) {
    return "g" + g;
  }

  private static String name(int g, String role) {
    return group(g) + "-" + role;
  }

  private static void service(StringBuilder y, int g, String role) {
    String s = name(g, role);
    int hostPort = 20000 + 2 * g;
    y.append("  ").append(s).append(":\n");
    switch (role) {
      case "db" -> y.append("""
              image: postgres:16
              environment:
                POSTGRES_DB: app
                POSTGRES_USER: app
                POSTGRES_PASSWORD_FILE: /run/secrets/%1$s-db-password
              secrets:
                - %1$s-db-password
              volumes:
                - %1$s-pgdata:/var/lib/postgresql/data
              expose:
                - "5432"
              healthcheck:
                test: ["CMD-SHELL", "pg_isready -U app -d app"]
                interval: 10s
                timeout: 5s
                retries: 5
              restart: always
          """.formatted(group(g)));
      case "cache" -> y.append("""
              image: redis:7-alpine
              command: ["redis-server", "--appendonly", "yes"]
              volumes:
                - %1$s-cache-data:/data
              expose:
                - "6379"
              healthcheck:
                test: ["CMD", "redis-cli", "ping"]
                interval: 10s
              restart: always
          """.formatted(group(g)));
      case "queue" -> y.append("""
              image: rabbitmq:3.13-management
              environment:
                RABBITMQ_DEFAULT_USER: app
                RABBITMQ_DEFAULT_PASS: ${QUEUE_PASSWORD:-guest}
              volumes:
                - %1$s-queue-data:/var/lib/rabbitmq
              expose:
                - "5672"
                - "15672"
              restart: unless-stopped
          """.formatted(group(g)));
      case "auth" -> {
        y.append("""
                image: example/auth:3.2.%2$d
                environment:
                  AUTH_DATABASE_URL: postgres://app@%1$s-db:5432/auth
                  JWT_SECRET_FILE: /run/secrets/%1$s-api-key
                  TOKEN_TTL: 15m
            """.formatted(group(g), g % 7));
        if (g > 1) {
          y.append("      SSO_URL: http://g1-auth:9000/sso\n");
        }
        y.append("""
                secrets:
                  - %1$s-api-key
                expose:
                  - "9000"
                depends_on:
                  %1$s-db:
                    condition: service_healthy
                healthcheck:
                  test: ["CMD-SHELL", "curl -f http://localhost:9000/health || exit 1"]
                  interval: 30s
                  timeout: 3s
                  retries: 3
                  start_period: 10s
                restart: always
            """.formatted(group(g)));
      }
      case "api" -> {
        y.append("""
                image: example/%1$s-api:1.%2$d.0
                environment:
                  DATABASE_URL: postgres://app@%1$s-db:5432/app?sslmode=disable
                  DB_PASSWORD: ${DB_PASSWORD:-changeme}
                  REDIS_URL: redis://%1$s-cache:6379/0
                  AMQP_URL: amqp://app@%1$s-queue:5672/
                  AUTH_URL: http://%1$s-auth:9000
                  SEARCH_URL: http://%1$s-search:9200
                  LOG_LEVEL: ${LOG_LEVEL:-info}
                  PAGE_SIZE: 50
            """.formatted(group(g), g));
        if (g > 1) {
          y.append("      UPSTREAM_URL: http://").append(name(g - 1, "api")).append(":8080/v1\n");
        }
        y.append("""
                secrets:
                  - %1$s-api-key
                expose:
                  - "8080"
                depends_on:
                  %1$s-db:
                    condition: service_healthy
                  %1$s-cache:
                    condition: service_started
                  %1$s-queue:
                    condition: service_started
                    required: false
                  %1$s-auth:
                    condition: service_healthy
                deploy:
                  replicas: 3
                  resources:
                    limits:
                      cpus: "1.5"
                      memory: 512M
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8080/healthz"]
                  interval: 15s
                restart: always
            """.formatted(group(g)));
      }
      case "worker" -> y.append("""
              image: example/%1$s-worker:1.%2$d.0
              command: ["worker", "--concurrency", "4"]
              environment:
                QUEUE_HOST: %1$s-queue
                QUEUE_PORT: "5672"
                DB_HOST: %1$s-db
                DB_USER: app
                DB_PASSWORD: ${DB_PASSWORD:-changeme}
              depends_on:
                - %1$s-queue
                - %1$s-db
              deploy:
                replicas: 2
              restart: on-failure
          """.formatted(group(g), g));
      case "search" -> y.append("""
              image: opensearchproject/opensearch:2.15.0
              environment:
                discovery.type: single-node
                OPENSEARCH_JAVA_OPTS: -Xms512m -Xmx512m
                DISABLE_SECURITY_PLUGIN: "true"
              ulimits:
                memlock:
                  soft: -1
                  hard: -1
              volumes:
                - %1$s-search-data:/usr/share/opensearch/data
              expose:
                - "9200"
          """.formatted(group(g)));
      case "web" -> {
        if (built(g)) {
          y.append("""
                  build:
                    context: ./%1$s/web
                    args:
                      NODE_VERSION: "20"
              """.formatted(group(g)));
        }
        y.append("""
                image: example/%1$s-web:latest
                ports:
                  - "%2$d:3000"
                environment:
                  API_URL: http://%1$s-api:8080/v1
                  PUBLIC_TITLE: "Group %3$d shop"
                depends_on:
                  - %1$s-api
                restart: on-failure
            """.formatted(group(g), hostPort, g));
      }
      case "proxy" -> y.append("""
              image: nginx:1.27-alpine
              ports:
                - "%2$d:80"
              volumes:
                - ./%1$s/proxy/nginx.conf:/etc/nginx/conf.d/default.conf:ro
              depends_on:
                %1$s-web:
                  condition: service_started
                %1$s-api:
                  condition: service_healthy
              restart: always
          """.formatted(group(g), hostPort + 1));
      case "scheduler" -> y.append("""
              image: example/%1$s-scheduler:1.0.%2$d
              command: ["scheduler", "--every", "5m"]
              environment:
                API_URL: http://%1$s-api:8080/v1
                TZ: UTC
              depends_on:
                - %1$s-api
              labels:
                com.example.team: team-%3$d
              logging:
                driver: json-file
                options:
                  max-size: 10m
          """.formatted(group(g), g, g % 7));
      default -> throw new IllegalStateException(role);
    }
  }

  private static String nginxConf(int g) {
    return """
        server {
          listen 80;
          location /api/ { proxy_pass http://%1$s-api:8080/; }
          location / { proxy_pass http://%1$s-web:3000/; }
        }
        """.formatted(group(g));
  }

  private static final String DOCKERFILE = """
      # syntax=docker/dockerfile:1
      ARG NODE_VERSION=20
      FROM node:${NODE_VERSION}-alpine AS build
      WORKDIR /src
      COPY package.json ./
      RUN npm install
      COPY . .
      RUN npm run build

      FROM node:${NODE_VERSION}-alpine
      LABEL org.opencontainers.image.title="Shop front end" \\
            org.opencontainers.image.licenses=Apache-2.0
      WORKDIR /app
      ENV NODE_ENV=production PORT=3000
      COPY --from=build /src/dist ./dist
      EXPOSE 3000
      USER node
      HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/ || exit 1
      CMD ["node", "dist/server.js"]
      """;

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
