package dev.gen.dockerfile.instructions;

import java.util.List;

/**
 * A build stage: its FROM and the instructions up to the next FROM.
 *
 * @param index the stage number, from 0
 */
public record Stage(int index, Instruction.From from, List<Instruction> commands) {

  public Stage {
    commands = List.copyOf(commands);
  }

  /** The lower-cased name given with {@code AS}, or null. */
  public String name() {
    return from.stageName();
  }
}
