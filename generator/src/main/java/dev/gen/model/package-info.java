/**
 * The intermediate service model: what gen knows about a project once it is loaded, independent of where it came
 * from (compose files or Dockerfiles) and of what will be generated (charms, bundles, blueprints).
 *
 * <p>Conventions: records are immutable; lists are never null (empty when absent) and keep a meaningful order
 * (source order, or sorted by name where the source order carries no meaning); maps are sorted by key; an absent
 * optional value is {@code null}. Paths are relative to the project directory, with {@code /} separators, so that
 * the model (and everything generated from it) does not depend on where the project is checked out. Every element
 * carries the {@link dev.gen.diag.SourceLocation} it came from. {@code schemas/service-model.schema.json}
 * describes the JSON form printed by {@code gen model}.
 */
package dev.gen.model;
