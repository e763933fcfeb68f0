package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.model.ServiceReference;
import dev.gen.model.compose.ServiceReferenceFinder.HostResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceReferenceFinderTest {

  /** Services db, cache, kafka1, kafka2, api and one named like a common word, "app"; "database" aliases db. */
  private static final Map<String, String> NAMES = Map.of(
      "db", "db", "database", "db", "cache", "cache", "kafka1", "kafka1", "kafka2", "kafka2", "api", "api",
      "app", "app");

  private static final HostResolver HOSTS = host -> Optional.ofNullable(NAMES.get(host.toLowerCase()));

  /**
   * Renders the references found as {@code service@host[:port]} where host and port are cut out of the value by
   * the offsets, so the expectation also checks the offsets.
   */
  private static String find(String name, String value) {
    List<ServiceReference> refs = ServiceReferenceFinder.find(name, value, HOSTS);
    return refs.stream().map(r -> r.service() + "@" + r.kind().name().toLowerCase() + ":"
            + value.substring(r.hostStart(), r.hostEnd())
            + (r.hasPort() ? ":" + value.substring(r.portStart(), r.portEnd()) + "=" + r.port() : ""))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      // the whole value, only in variables named like a host
      "DB_HOST          | db                                       | db@host:db",
      "REDIS_SERVER     | CACHE                                    | cache@host:CACHE",
      "DB_HOST          | database                                 | db@host:database",
      "MODE             | cache                                    | ''",
      "APP_NAME         | app                                      | ''",
      "NODE_ENV         | production                               | ''",
      "ES_HOSTS         | db, cache                                | db@host:db cache@host:cache",
      // host:port, alone or in lists, with or without a path after it
      "WORDPRESS_DB_HOST| db:3306                                  | db@host_port:db:3306=3306",
      "ANYTHING         | db:3306                                  | db@host_port:db:3306=3306",
      "KAFKA_BOOTSTRAP  | kafka1:9092,kafka2:9092                  | kafka1@host_port:kafka1:9092=9092 kafka2@host_port:kafka2:9092=9092",
      "ZOO_SERVERS      | server.1=kafka1:2888:3888;2181           | kafka1@host_port:kafka1:2888=2888",
      "UPSTREAM         | api:8080/v1/health                       | api@host_port:api:8080=8080",
      "ARGS             | --host db:5432 --verbose                 | db@host_port:db:5432=5432",
      "SSH_TARGET       | deploy@db:22                             | db@host_port:db:22=22",
      // URLs: userinfo (with @ in the password), ports, paths, several hosts
      "DATABASE_URL     | postgres://u:p@ss@db:5432/app            | db@url:db:5432=5432",
      "DATABASE_URL     | mongodb://u:x,app:3306@db/x              | db@url:db",
      "DATABASE_URL     | postgres://db:db@db:5432/db              | db@url:db:5432=5432",
      "API_URL          | http://api/v1                            | api@url:api",
      "API_URL          | http://api:8080/v1?next=cache:6379       | api@url:api:8080=8080 cache@host_port:cache:6379=6379",
      "MONGO_URL        | mongodb://u:p@db:27017,cache:27018/x     | db@url:db:27017=27017 cache@url:cache:27018=27018",
      "UPSTREAMS        | http://api:1,http://db:2                 | api@url:api:1=1 db@url:db:2=2",
      "JDBC             | jdbc:postgresql://db:5432/x              | db@url:db:5432=5432",
      "CALLBACK         | https://example.com/hook?host=api        | ''",
      // not services, not host names, not ports
      "DB_HOST          | localhost                                | ''",
      "DB               | localhost:5432                           | ''",
      "LISTEN           | :8080                                    | ''",
      "BIND             | 0.0.0.0:8080                             | ''",
      "DB_HOST          | [::1]:5432                               | ''",
      "DB_URL           | postgres://[fe80::1]:5432/x              | ''",
      "TIME             | 12:30                                    | ''",
      "VERSION          | db:1.2                                   | ''",
      "REDIS_IMAGE      | cache:7                                  | ''",
      "BAD_PORT         | db:99999                                 | ''",
      "PATHS            | /srv/db:5432                             | ''",
      "TAGGED           | mydb:5432                                | ''",
      "SCHEMELESS       | http:db:80                               | ''",
  })
  void findsReferences(String name, String value, String expected) {
    assertEquals(expected, find(name.trim(), value.trim()));
  }

  @Test
  void nullAndEmptyValuesHaveNone() {
    assertEquals(List.of(), ServiceReferenceFinder.find("DB_HOST", null, HOSTS));
    assertEquals(List.of(), ServiceReferenceFinder.find("DB_HOST", "", HOSTS));
  }

  @Test
  void aHostIsNotAlsoReportedAsABareHost() {
    // "db" inside the URL is found once, as a URL host, although DB_URL looks like a host variable
    assertEquals("db@url:db", find("DB_URL", "redis://db"));
  }

  @Test
  void hostVariablesAreRecognisedByTheirName() {
    for (String name : List.of("DB_HOST", "HOSTNAME", "SMTP_SERVER", "REDIS_ADDR", "S3_ENDPOINT", "KAFKA_BROKERS",
        "CLUSTER_PEERS", "SEED_NODES", "BASE_URL", "MONGO_URI", "SENTRY_DSN", "db_host")) {
      assertEquals(true, ServiceReferenceFinder.looksLikeHostVariable(name), name);
    }
    for (String name : List.of("MODE", "APP_NAME", "LOG_LEVEL", "POSTGRES_DB")) {
      assertEquals(false, ServiceReferenceFinder.looksLikeHostVariable(name), name);
    }
  }
}
