package dev.gen.model;

/** What kind of input a project was loaded from. */
public enum SourceKind {
  COMPOSE,
  DOCKERFILES
}
