package dev.gen.compose;

import dev.gen.yaml.YMap;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded Compose project.
 *
 * @param name the project name
 * @param projectDirectory the absolute project directory; paths in the model are absolute
 * @param files the compose files that were merged, in order
 * @param model the normalized project: its JSON form is what {@code docker compose config --format json} prints
 *     (with real values: a {@code $} is not doubled)
 */
public record ComposeProject(String name, Path projectDirectory, List<Path> files, YMap model) {

  public ComposeProject {
    files = List.copyOf(files);
  }
}
