package dev.gen.target.charm;

import dev.gen.target.charm.charmhub.Protocol;
import java.util.Map;

/**
 * How a generated charm talks to a Charmhub charm over one of its {@code requires} endpoints: the protocol, what
 * its leader asks for in the application databag, and where the answer is.
 *
 * @param endpoint the consumer's endpoint
 * @param providerService the compose service the Charmhub charm replaces
 * @param providerCharm the Charmhub charm's name (for messages)
 * @param protocol how the two sides exchange data
 * @param request the fields the consumer's leader writes into its application databag, sorted by key
 * @param resourceKey the field the provider answers the resource name in ({@code database}, {@code topic}...), or
 *     empty
 * @param hostKey the unit databag key of the provider's host ({@link Protocol#UNIT_ADDRESS}), or empty
 * @param port the port when the protocol does not carry one (AMQP's 5672), or null
 */
public record ClientPlan(
    String endpoint,
    String providerService,
    String providerCharm,
    Protocol protocol,
    Map<String, String> request,
    String resourceKey,
    String hostKey,
    Integer port) {

  public ClientPlan {
    request = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(request));
  }
}
