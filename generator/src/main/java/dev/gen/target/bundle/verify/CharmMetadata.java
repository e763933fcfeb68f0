package dev.gen.target.bundle.verify;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the bundle rules need to know of a charm (juju.md §2.3, "with charms available"): its endpoints with their
 * interfaces, its config option types, whether it is a subordinate, and its extra bindings.
 *
 * @param name the charm name
 * @param provides provided endpoints by name, with their interface
 * @param requires required endpoints by name, with their interface
 * @param peers peer endpoints by name, with their interface
 * @param options config option types ({@code string}, {@code int}, {@code float}, {@code boolean},
 *     {@code secret}) by name
 * @param subordinate true for a subordinate charm
 * @param extraBindings the charm's extra bindings
 * @param complete false when only some endpoints are known (a Charmhub charm gen knows from its table): rules then
 *     check what is known and do not report what is missing
 */
public record CharmMetadata(
    String name,
    Map<String, String> provides,
    Map<String, String> requires,
    Map<String, String> peers,
    Map<String, String> options,
    boolean subordinate,
    Set<String> extraBindings,
    boolean complete) {

  public CharmMetadata {
    provides = Map.copyOf(provides);
    requires = Map.copyOf(requires);
    peers = Map.copyOf(peers);
    options = Map.copyOf(options);
    extraBindings = Set.copyOf(extraBindings);
  }

  /** Every application provides {@code juju-info} implicitly. */
  public static final String JUJU_INFO = "juju-info";

  /** Whether an endpoint is provided or required, and its interface. */
  public record Role(boolean provides, String interfaceName) {}

  /** The role of an endpoint a relation may use (provides, with juju-info, or requires), if the charm has it. */
  public Optional<Role> relationEndpoint(String endpoint) {
    if (provides.containsKey(endpoint)) {
      return Optional.of(new Role(true, provides.get(endpoint)));
    }
    if (requires.containsKey(endpoint)) {
      return Optional.of(new Role(false, requires.get(endpoint)));
    }
    if (endpoint.equals(JUJU_INFO)) {
      return Optional.of(new Role(true, JUJU_INFO));
    }
    return Optional.empty();
  }

  /** True when the charm declares the endpoint in any section. */
  public boolean hasEndpoint(String endpoint) {
    return provides.containsKey(endpoint) || requires.containsKey(endpoint) || peers.containsKey(endpoint);
  }
}
