package dev.gen.target.charm.charmhub;

/**
 * How a generated charm talks to a maintained Charmhub charm over a relation: which side asks for what, and where
 * the answer is in the relation data. The Kubernetes charm's Python code ({@code src/layer.py}) implements each one
 * by its {@link #id()}; a machine charm's hooks must implement the same ones.
 */
public enum Protocol {
  /**
   * The data-platform client interfaces ({@code postgresql_client}, {@code mysql_client}, {@code mongodb_client},
   * {@code kafka_client}, {@code opensearch_client}, {@code zookeeper}): the requirer's leader writes the name of
   * the resource it wants (database, topic, index) and {@code requested-secrets} in its application databag; the
   * provider answers in its application databag with {@code endpoints} ({@code host:port,...}), the resource name
   * and {@code secret-user}, the URI of a Juju secret with {@code username} and {@code password} (or those two
   * fields in the databag when secrets are not used).
   */
  DATA_PLATFORM("data-platform"),
  /** The provider's units publish their host (under a key the charm chooses) and {@code port}: redis, memcache. */
  UNIT_ADDRESS("unit-address"),
  /**
   * {@code rabbitmq}: the requirer's leader asks for {@code username} and {@code vhost}; the provider answers with
   * {@code hostname} and {@code password}; the port is AMQP's 5672.
   */
  RABBITMQ("rabbitmq"),
  /**
   * {@code ingress} v2, the other way round: the generated charm requires ingress from the Charmhub charm and
   * publishes its name, model and port (JSON-encoded) in its application databag and its host in each unit databag.
   */
  INGRESS("ingress"),
  /** A generated charm cannot relate to the Charmhub charm; only other Charmhub charms can. */
  NONE("none");

  private final String id;

  Protocol(String id) {
    this.id = id;
  }

  /** The name the generated code uses for the protocol. */
  public String id() {
    return id;
  }

  /** True when a generated charm can require the Charmhub charm's endpoint and read what it provides. */
  public boolean consumable() {
    return this == DATA_PLATFORM || this == UNIT_ADDRESS || this == RABBITMQ;
  }
}
