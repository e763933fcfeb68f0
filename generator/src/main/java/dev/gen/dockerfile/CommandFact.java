package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;
import java.util.List;

/**
 * The image's ENTRYPOINT or CMD. BuildKit does not substitute variables in them.
 *
 * @param argv the value stored in the image: the exec form's words, or the shell followed by the command string
 *     for the shell form; empty when explicitly empty or cleared; null when it comes from the base image
 * @param origin where it comes from ({@link Origin#BASE_IMAGE}: unknown)
 * @param location the instruction that set (or cleared) it
 * @param shellForm whether the instruction used the shell form
 * @param shell for the shell form, the shell put in front of the command
 * @param shellOrigin where that shell comes from: a SHELL instruction, or BuildKit's default (certain for
 *     {@code FROM scratch}, assumed otherwise since a base image may set its own SHELL)
 * @param cleared true for CMD when an ENTRYPOINT of the same stage removed the CMD inherited from the parent
 */
public record CommandFact(
    List<String> argv,
    Origin origin,
    SourceLocation location,
    boolean shellForm,
    List<String> shell,
    Origin shellOrigin,
    boolean cleared) {

  public CommandFact {
    argv = argv == null ? null : List.copyOf(argv);
    shell = List.copyOf(shell);
  }
}
