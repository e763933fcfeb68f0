package dev.gen.target;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.render.FileTree;

/**
 * One kind of output (charm, bundle, blueprint). A target maps the service model to a view and renders its
 * templates (given to it when it is made) into a {@link FileTree}; it never reads input files and never writes to
 * disk.
 *
 * <p>Adding a target means one package under {@code dev.gen.target}, one template folder under {@code templates/},
 * fixtures with approved output, and a subcommand in the CLI that builds its options.
 *
 * @param <O> the target's own options (a record)
 */
public interface Target<O> {

  /** The target's name, which is also its template folder: {@code charm}, {@code bundle}, {@code blueprint}. */
  String name();

  /**
   * Generates the output for a whole project. Whatever the model holds that the output cannot express is reported
   * to {@code diagnostics} with the element's source location; nothing is dropped silently.
   *
   * @throws dev.gen.diag.GenException when the request cannot be met (for example two services whose names map
   *     to the same charm name)
   */
  FileTree generate(Project project, O options, Diagnostics diagnostics);
}
