package dev.gen.target.charm;

/**
 * A relation endpoint of a charm.
 *
 * @param name the endpoint name (valid for Juju, charmcraft, bundles and ops)
 * @param interfaceName the interface both sides of the relation declare
 * @param role whether the charm provides, requires or peers on it
 * @param service the service on the other side: the provider for {@link Role#REQUIRES}, this service itself for
 *     {@link Role#PROVIDES} and {@link Role#PEERS}
 * @param optional true when the workload can run without the relation
 * @param limit the maximum number of relations, or null for no limit
 */
public record Endpoint(
    String name, String interfaceName, Role role, String service, boolean optional, Integer limit) {

  /** The three sections of {@code charmcraft.yaml} that declare endpoints. */
  public enum Role {
    PROVIDES,
    REQUIRES,
    PEERS
  }
}
