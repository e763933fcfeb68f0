/**
 * From a normalized Compose project (the Compose loader's output, equal to {@code docker compose config --format
 * json}) to the service model. {@link dev.gen.model.compose.ComposeModelMapper} is the entry point; one small class
 * per concern does the rest (ports, mounts, environment with secret and service-reference detection, dependencies,
 * health checks, deployment and restart, build, container options, branding, hints, top-level resources).
 * {@link dev.gen.model.compose.ComposeKeys} is the single table of what happens to every Compose key.
 */
package dev.gen.model.compose;
