/**
 * From Dockerfiles to the service model. The Dockerfile loader ({@link dev.gen.dockerfile.DockerfileLoader}) says
 * what a build gives the image of its target stage; {@link dev.gen.model.dockerfile.ImageConfig} writes that as the
 * keys of a normalized Compose service (located in the Dockerfile), so that the Compose mapper turns it into the
 * model with the same rules as compose input (secret detection, service references, branding...):
 *
 * <ul>
 *   <li>{@link dev.gen.model.dockerfile.DockerfileProjectMapper}: Dockerfile input, one service per Dockerfile;
 *   <li>{@link dev.gen.model.dockerfile.EffectiveComposeMapper}: compose input, where the Dockerfile of each service
 *       that is built fills what compose leaves unset ({@link dev.gen.model.dockerfile.EffectiveConfiguration}).
 * </ul>
 *
 * See {@code docs/model.md}.
 */
package dev.gen.model.dockerfile;
