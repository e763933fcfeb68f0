/**
 * From what the user names on the command line to the service model: {@link dev.gen.input.InputLoader} decides what
 * kind of input it is (compose files, Dockerfiles, a directory of either), runs the loaders and mappers, and checks
 * the model against its schema. Every command that reads a project goes through it. See {@code docs/model.md}.
 */
package dev.gen.input;
