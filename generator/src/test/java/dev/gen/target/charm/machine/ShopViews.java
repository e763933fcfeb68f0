package dev.gen.target.charm.machine;

import dev.gen.target.charm.machine.EnvPart.FromOption;
import dev.gen.target.charm.machine.EnvPart.FromSecret;
import dev.gen.target.charm.machine.EnvPart.OptionType;
import dev.gen.target.charm.machine.EnvPart.RelationHost;
import dev.gen.target.charm.machine.EnvPart.RelationPort;
import dev.gen.target.charm.machine.EnvPart.Text;
import dev.gen.target.charm.machine.MachineCharmView.Build;
import dev.gen.target.charm.machine.MachineCharmView.Endpoint;
import dev.gen.target.charm.machine.MachineCharmView.Endpoint.Role;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import dev.gen.target.charm.machine.MachineCharmView.Port;
import dev.gen.target.charm.machine.MachineCharmView.PullPolicy;
import dev.gen.target.charm.machine.MachineCharmView.SecretFile;
import dev.gen.target.charm.machine.MachineCharmView.Storage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Machine charm views of the services of {@code fixtures/shop/compose.yaml}, built by hand the way the charm plan
 * will build them (until it is merged): options named after the variables, one endpoint per related service, a
 * Juju secret option per secret, storage per named volume.
 */
final class ShopViews {

  private ShopViews() {}

  /** {@code frontend}: built from ./frontend, published on 3000, reads the API's address from relation api. */
  static MachineCharmView frontend() {
    return MachineCharmView.builder("shop-frontend", "frontend")
        .build(new Build("https://example.com/shop.git", "", "frontend", "Dockerfile", "", "",
            Map.of("NODE_VERSION", "20")))
        .env("API_URL", new Text("http://"), new RelationHost("api", "api"), new Text(":"),
            new RelationPort("api", 8080), new Text("/v1"))
        .env("PUBLIC_TITLE", new FromOption("public-title", OptionType.STRING))
        .port(new Port(3000, "3000", "", "tcp"))
        .restart("on-failure")
        .endpoint(new Endpoint("api", Role.REQUIRES, true))
        .build();
  }

  /** {@code api}: pulled, two relations it needs, one it provides, a secret variable and a secret file. */
  static MachineCharmView api() {
    return MachineCharmView.builder("shop-api", "api")
        .pull("example/shop-api:2.3.0", PullPolicy.MISSING)
        .env("DATABASE_URL", new Text("postgres://shop@"), new RelationHost("db", "db"), new Text(":"),
            new RelationPort("db", 5432), new Text("/shop?sslmode=disable"))
        .env("DB_PASSWORD", new FromSecret("db-password", "value"))
        .env("LOG_LEVEL", new FromOption("log-level", OptionType.STRING))
        .env("PAGE_SIZE", new FromOption("page-size", OptionType.INT))
        .env("REDIS_ADDR", new RelationHost("cache", "cache"), new Text(":"), new RelationPort("cache", 6379))
        .secretFile(new SecretFile("api-key", "value", "/run/secrets/api_key", "0444", null, null))
        .port(new Port(8080, "", "", "tcp"))
        .health(new Health(Health.Kind.EXEC, List.of("wget", "-qO-", "http://localhost:8080/healthz"),
            Duration.ofSeconds(15), null, null, null))
        .restart("always")
        .runOptions(List.of("--cpus=1.5", "--memory=536870912b"))
        .endpoint(new Endpoint("api", Role.PROVIDES, false))
        .endpoint(new Endpoint("cache", Role.REQUIRES, true))
        .endpoint(new Endpoint("db", Role.REQUIRES, true))
        .build();
  }

  /** {@code db}: postgres with its data on Juju storage, a secret file, a shell health check. */
  static MachineCharmView db() {
    return MachineCharmView.builder("shop-db", "db")
        .pull("postgres:16", PullPolicy.MISSING)
        .env("POSTGRES_DB", new FromOption("postgres-db", OptionType.STRING))
        .env("POSTGRES_PASSWORD_FILE", new Text("/run/secrets/db_password"))
        .env("POSTGRES_USER", new FromOption("postgres-user", OptionType.STRING))
        .storage(new Storage("pgdata", "/var/lib/postgresql/data", false, null))
        .secretFile(new SecretFile("db-password", "value", "/run/secrets/db_password", null, "999", null))
        .port(new Port(5432, "", "", "tcp"))
        .health(new Health(Health.Kind.SHELL, List.of("pg_isready -U shop -d shop"), Duration.ofSeconds(10), null,
            null, 5))
        .restart("always")
        .endpoint(new Endpoint("db", Role.PROVIDES, false))
        .build();
  }
}
