package dev.gen.target.charm;

import java.util.List;

/**
 * An environment variable whose value names other services: the charm rebuilds it from {@code parts}, putting the
 * address each relation provides in place of the service's name (and port).
 *
 * @param envVar the variable
 * @param value the value in the compose file
 * @param parts the value cut into literal text and relation-filled pieces; joined, their texts give {@code value}
 */
public record RelationEnv(String envVar, String value, List<ValuePart> parts) {

  public RelationEnv {
    parts = List.copyOf(parts);
  }

  /** The endpoints this value needs data from, in order of first use. */
  public List<String> endpoints() {
    return parts.stream().filter(p -> p.endpoint() != null).map(ValuePart::endpoint).distinct().toList();
  }
}
