package dev.gen.target.charm;

/**
 * A compose secret that the workload reads from a file: the charm takes its content from the Juju secret named
 * by a {@code secret} option and writes it into the workload at {@code path}.
 *
 * @param secret the compose secret's name
 * @param option the config option naming the Juju secret
 * @param path the file in the workload
 * @param mode the file mode (compose's default is 0444)
 * @param uid the owner's user id, or null
 * @param gid the owner's group id, or null
 */
public record SecretFilePlan(String secret, String option, String path, int mode, String uid, String gid) {}
