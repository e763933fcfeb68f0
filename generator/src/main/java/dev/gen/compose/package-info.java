/**
 * The Compose loader: reads compose files with the semantics of Docker Compose v2 (compose-go) and produces the
 * normalized project, a located tree whose JSON form is what {@code docker compose config --format json} prints.
 * The entry point is {@link dev.gen.compose.ComposeLoader#load}; the other classes are its stages, one job each.
 */
package dev.gen.compose;
