package dev.gen.target.charm;

/**
 * A filesystem storage made from a volume.
 *
 * @param name the storage name (valid for Juju)
 * @param location where it is mounted in the workload
 * @param readOnly true for a read-only mount
 * @param volume the compose volume name, or null for an anonymous volume
 * @param description what it holds
 */
public record StoragePlan(String name, String location, boolean readOnly, String volume, String description) {}
