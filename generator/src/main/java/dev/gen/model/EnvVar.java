package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * One environment variable of a service.
 *
 * @param value the value, or null when it is only named (the container gets it from the deployer's environment)
 * @param secret true when the value must not be written into generated artefacts
 * @param secretReason why it is secret: {@code name} (the name looks like a password, token or key),
 *     {@code url-credentials} (the value is a URL whose user information holds a password) or {@code hint} (an
 *     {@code x-juju} hint says so); null when not secret. A {@code *_FILE} variable holding an absolute path (such as
 *     {@code POSTGRES_PASSWORD_FILE=/run/secrets/db}) points at a mounted secret file and is not secret itself
 * @param references the places in the value that name another service of the project, in order
 */
public record EnvVar(
    String name,
    String value,
    boolean secret,
    String secretReason,
    List<ServiceReference> references,
    SourceLocation location) {

  public EnvVar {
    references = Models.list(references);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static EnvVar plain(String name, String value, SourceLocation location) {
    return new EnvVar(name, value, false, null, List.of(), location);
  }

  public boolean referencesServices() {
    return !references.isEmpty();
  }
}
