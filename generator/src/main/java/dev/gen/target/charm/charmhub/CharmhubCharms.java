package dev.gen.target.charm.charmhub;

import dev.gen.target.charm.CharmFlavour;
import dev.gen.target.charm.ImageNames;
import dev.gen.target.charm.charmhub.CharmhubCharm.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The maintained Charmhub charms that replace well-known images (juju.md §5), as data: charm and channel per
 * flavour, the endpoint and interface a generated charm relates to, the protocol, and the names by which a
 * compose file spells the credentials and resource names the charm provides.
 *
 * <p>Channels are the tracks these charms publish as stable where they have one ({@code 14/stable} for PostgreSQL);
 * a service's {@code x-juju: {channel: ...}} hint overrides them. Machine charms of the data platform run on
 * ubuntu@22.04 on those channels, so a machine bundle names that base for them.
 */
public final class CharmhubCharms {

  /** A relation between two Charmhub charms that both replace services, for a dependency between those services. */
  public record Link(String consumer, String consumerEndpoint, String provider, String providerEndpoint,
      String interfaceName) {}

  /** An endpoint a Charmhub charm is known to have (what the bundle verifier checks relations against). */
  public record KnownEndpoint(String name, boolean provides, String interfaceName) {}

  private static final String JAMMY = "ubuntu@22.04";
  private static final List<String> SQL_DATABASE = List.of("DB", "DATABASE", "DBNAME");

  public static final List<CharmhubCharm> ALL = List.of(
      new CharmhubCharm("postgresql", List.of("postgres", "postgis/postgis", "bitnami/postgresql"),
          new Choice("postgresql-k8s", "14/stable", null, true), new Choice("postgresql", "14/stable", JAMMY, false),
          "database", "postgresql_client", "database", Protocol.DATA_PLATFORM, "database", Map.of(), "", 5432,
          Map.of(Role.USERNAME, List.of("POSTGRES_USER"), Role.PASSWORD, List.of("POSTGRES_PASSWORD"),
              Role.DATABASE, List.of("POSTGRES_DB")),
          List.of("POSTGRES", "POSTGRESQL", "PG", "PGSQL", "DB", "DATABASE"), SQL_DATABASE, false),
      new CharmhubCharm("mysql", List.of("mysql", "mariadb", "bitnami/mysql", "bitnami/mariadb"),
          new Choice("mysql-k8s", "8.0/stable", null, true), new Choice("mysql", "8.0/stable", JAMMY, false),
          "database", "mysql_client", "database", Protocol.DATA_PLATFORM, "database", Map.of(), "", 3306,
          Map.of(Role.USERNAME, List.of("MYSQL_USER", "MARIADB_USER"),
              Role.PASSWORD, List.of("MYSQL_PASSWORD", "MARIADB_PASSWORD"),
              Role.DATABASE, List.of("MYSQL_DATABASE", "MARIADB_DATABASE")),
          List.of("MYSQL", "MARIADB", "DB", "DATABASE"), SQL_DATABASE, false),
      new CharmhubCharm("mongodb", List.of("mongo", "mongodb/mongodb-community-server", "bitnami/mongodb"),
          new Choice("mongodb-k8s", "6/stable", null, true), new Choice("mongodb", "6/stable", JAMMY, false),
          "database", "mongodb_client", "database", Protocol.DATA_PLATFORM, "database", Map.of(), "", 27017,
          Map.of(Role.USERNAME, List.of("MONGO_INITDB_ROOT_USERNAME"),
              Role.PASSWORD, List.of("MONGO_INITDB_ROOT_PASSWORD"), Role.DATABASE, List.of("MONGO_INITDB_DATABASE")),
          List.of("MONGO", "MONGODB", "DB", "DATABASE"), SQL_DATABASE, false),
      new CharmhubCharm("kafka", List.of("apache/kafka", "bitnami/kafka", "confluentinc/cp-kafka"),
          new Choice("kafka-k8s", "3/stable", null, true), new Choice("kafka", "3/stable", JAMMY, false),
          "kafka-client", "kafka_client", "kafka-client", Protocol.DATA_PLATFORM, "topic",
          Map.of("extra-user-roles", "producer,consumer"), "", 9092, Map.of(),
          List.of("KAFKA", "BROKER", "BROKERS", "BOOTSTRAP"), List.of("TOPIC"), false),
      new CharmhubCharm("zookeeper", List.of("zookeeper", "bitnami/zookeeper", "confluentinc/cp-zookeeper"),
          new Choice("zookeeper-k8s", "3/stable", null, true), new Choice("zookeeper", "3/stable", JAMMY, false),
          "zookeeper", "zookeeper", "zookeeper", Protocol.DATA_PLATFORM, "database", Map.of(), "", 2181, Map.of(),
          List.of("ZOOKEEPER", "ZK"), List.of("ZNODE", "CHROOT"), false),
      new CharmhubCharm("opensearch",
          List.of("opensearchproject/opensearch", "elasticsearch", "elasticsearch/elasticsearch",
              "bitnami/elasticsearch", "bitnami/opensearch"),
          null, new Choice("opensearch", "2/stable", JAMMY, false),
          "opensearch-client", "opensearch_client", "opensearch-client", Protocol.DATA_PLATFORM, "index", Map.of(),
          "", 9200, Map.of(), List.of("OPENSEARCH", "ELASTICSEARCH", "ELASTIC", "ES", "SEARCH"), List.of("INDEX"),
          false),
      new CharmhubCharm("redis", List.of("redis", "bitnami/redis", "redis/redis-stack-server"),
          new Choice("redis-k8s", "latest/edge", null, false), null,
          "redis", "redis", "redis", Protocol.UNIT_ADDRESS, "", Map.of(), "hostname", 6379, Map.of(),
          List.of("REDIS", "CACHE"), List.of(), false),
      new CharmhubCharm("memcached", List.of("memcached", "bitnami/memcached"),
          new Choice("memcached-k8s", "latest/edge", null, false), null,
          "memcache", "memcache", "memcache", Protocol.UNIT_ADDRESS, "", Map.of(), "host", 11211, Map.of(),
          List.of("MEMCACHED", "MEMCACHE", "CACHE"), List.of(), false),
      new CharmhubCharm("rabbitmq", List.of("rabbitmq", "bitnami/rabbitmq"),
          new Choice("rabbitmq-k8s", "3.12/stable", null, true),
          new Choice("rabbitmq-server", "3.9/stable", JAMMY, false),
          "amqp", "rabbitmq", "amqp", Protocol.RABBITMQ, "vhost", Map.of(), "", 5672,
          Map.of(Role.USERNAME, List.of("RABBITMQ_DEFAULT_USER"), Role.PASSWORD, List.of("RABBITMQ_DEFAULT_PASS"),
              Role.DATABASE, List.of("RABBITMQ_DEFAULT_VHOST")),
          List.of("RABBITMQ", "RABBIT", "AMQP", "BROKER"), List.of("VHOST"), false),
      new CharmhubCharm("nginx-ingress", List.of("nginx", "nginxinc/nginx-unprivileged", "bitnami/nginx"),
          new Choice("nginx-ingress-integrator", "latest/stable", null, true), null,
          "ingress", "ingress", "ingress", Protocol.INGRESS, "", Map.of(), "", 80, Map.of(), List.of(), List.of(),
          true),
      new CharmhubCharm("traefik", List.of("traefik"),
          new Choice("traefik-k8s", "latest/stable", null, true), null,
          "ingress", "ingress", "ingress", Protocol.INGRESS, "", Map.of(), "", 80, Map.of(), List.of(), List.of(),
          true),
      new CharmhubCharm("prometheus", List.of("prom/prometheus", "bitnami/prometheus"),
          new Choice("prometheus-k8s", "latest/stable", null, true), null,
          "grafana-source", "grafana_datasource", "", Protocol.NONE, "", Map.of(), "", 9090, Map.of(), List.of(),
          List.of(), false),
      new CharmhubCharm("grafana", List.of("grafana/grafana", "grafana/grafana-oss", "bitnami/grafana"),
          new Choice("grafana-k8s", "latest/stable", null, true), null,
          "grafana-dashboard", "grafana_dashboard", "", Protocol.NONE, "", Map.of(), "", 3000, Map.of(), List.of(),
          List.of(), false),
      new CharmhubCharm("minio", List.of("minio/minio", "bitnami/minio"),
          new Choice("minio", "ckf-1.9/stable", null, true), null,
          "object-storage", "object-storage", "", Protocol.NONE, "", Map.of(), "", 9000, Map.of(), List.of(),
          List.of(), false));

  /** Relations between two Charmhub charms, for a dependency of the first's service on the second's. */
  public static final List<Link> LINKS = List.of(
      new Link("grafana", "grafana-source", "prometheus", "grafana-source", "grafana_datasource"));

  /** Endpoints the charms have besides {@link CharmhubCharm#endpoint()}, by row id. */
  private static final Map<String, List<KnownEndpoint>> MORE_ENDPOINTS = Map.of(
      "prometheus", List.of(new KnownEndpoint("metrics-endpoint", false, "prometheus_scrape")),
      "grafana", List.of(new KnownEndpoint("grafana-source", false, "grafana_datasource")));

  private CharmhubCharms() {}

  /** The row for an image reference, if its repository is a well-known one. */
  public static Optional<CharmhubCharm> forImage(String imageRef) {
    String repository = ImageNames.repository(imageRef);
    return ALL.stream().filter(c -> c.images().contains(repository)).findFirst();
  }

  /** The row whose charm of {@code flavour} is called {@code charm}. */
  public static Optional<CharmhubCharm> forCharm(String charm, CharmFlavour flavour) {
    return ALL.stream()
        .filter(c -> c.choice(flavour).map(ch -> ch.charm().equals(charm)).orElse(false))
        .findFirst();
  }

  /** The row whose charm of any flavour is called {@code charm}. */
  public static Optional<CharmhubCharm> forAnyCharm(String charm) {
    return ALL.stream()
        .filter(c -> (c.k8s() != null && c.k8s().charm().equals(charm))
            || (c.machine() != null && c.machine().charm().equals(charm)))
        .findFirst();
  }

  /** The charm names of a flavour, sorted, for messages. */
  public static List<String> charmNames(CharmFlavour flavour) {
    TreeSet<String> names = new TreeSet<>();
    for (CharmhubCharm c : ALL) {
      c.choice(flavour).ifPresent(ch -> names.add(ch.charm()));
    }
    return List.copyOf(names);
  }

  /** The relation between two rows' charms, if they have one. */
  public static Optional<Link> link(CharmhubCharm consumer, CharmhubCharm provider) {
    return LINKS.stream()
        .filter(l -> l.consumer().equals(consumer.id()) && l.provider().equals(provider.id()))
        .findFirst();
  }

  /** The endpoints gen knows a row's charm to have: its main endpoint and those of its links. */
  public static List<KnownEndpoint> endpoints(CharmhubCharm charm) {
    List<KnownEndpoint> known = new ArrayList<>();
    // grafana-k8s requires its main endpoint (dashboards come to it); every other row provides it
    known.add(new KnownEndpoint(charm.endpoint(), !charm.id().equals("grafana"), charm.interfaceName()));
    known.addAll(MORE_ENDPOINTS.getOrDefault(charm.id(), List.of()));
    return List.copyOf(known);
  }
}
