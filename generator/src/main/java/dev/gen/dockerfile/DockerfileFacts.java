package dev.gen.dockerfile;

import java.util.List;

/**
 * What a Dockerfile tells about the image of its target stage, computed with BuildKit's semantics. Everything
 * carries its location; what comes from the base image is marked as unknown rather than guessed.
 *
 * @param file the Dockerfile's name in messages
 * @param syntax the {@code # syntax=} directive, or null
 * @param escapeToken the escape character ({@code \} or {@code `})
 * @param target the index of the target stage (the last stage unless one was named)
 * @param chain the target's stage chain: the indices of its {@code FROM <stage>} ancestors and itself, root first
 * @param baseImage the image the chain starts from
 * @param stages every stage of the file
 * @param image the target's image configuration
 * @param args the global ARGs and the ARGs of the chain's stages, in file order
 */
public record DockerfileFacts(
    String file,
    String syntax,
    char escapeToken,
    int target,
    List<Integer> chain,
    BaseImage baseImage,
    List<StageFacts> stages,
    ImageFacts image,
    List<ArgFact> args) {

  public DockerfileFacts {
    chain = List.copyOf(chain);
    stages = List.copyOf(stages);
    args = List.copyOf(args);
  }

  /** The target stage. */
  public StageFacts targetStage() {
    return stages.get(target);
  }
}
