package dev.gen.target.charm;

/**
 * One relation between two generated charms, as a bundle writes it:
 * {@code [consumerCharm:consumerEndpoint, providerCharm:providerEndpoint]}.
 *
 * @param consumer the service that depends on the other
 * @param consumerEndpoint the consumer's {@code requires} endpoint
 * @param provider the service depended on
 * @param providerEndpoint the provider's {@code provides} endpoint
 * @param interfaceName the interface both endpoints declare
 * @param optional true when the consumer runs without the relation ({@code depends_on.required: false})
 */
public record RelationPlan(
    String consumer,
    String consumerEndpoint,
    String provider,
    String providerEndpoint,
    String interfaceName,
    boolean optional) {}
