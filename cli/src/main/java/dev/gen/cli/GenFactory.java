package dev.gen.cli;

import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes gen's commands with what they need: the run's context and the project loader. picocli asks it for every
 * command and option class; the public no-argument constructor serves picocli's own tools, which build the
 * command tree at build time for the man pages and the completion script ({@code -c dev.gen.cli.GenFactory}).
 */
public final class GenFactory implements IFactory {

  private final RunContext context;
  private final ProjectLoader loader;

  /** The process's context and gen's loaders. */
  public GenFactory() {
    this(RunContext.ofProcess());
  }

  public GenFactory(RunContext context) {
    this(context, ProjectLoader.standard(context));
  }

  public GenFactory(RunContext context, ProjectLoader loader) {
    this.context = Objects.requireNonNull(context);
    this.loader = Objects.requireNonNull(loader);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Object made;
    if (type == CharmCommand.class) {
      made = new CharmCommand(context, loader);
    } else if (type == BundleCommand.class) {
      made = new BundleCommand(context, loader);
    } else if (type == BlueprintCommand.class) {
      made = new BlueprintCommand(context, loader);
    } else if (type == ModelCommand.class) {
      made = new ModelCommand(context, loader);
    } else if (type == GraphCommand.class) {
      made = new GraphCommand(context, loader);
    } else if (type == ReportCommand.class) {
      made = new ReportCommand(context, loader);
    } else if (type == ConfigCommand.class) {
      made = new ConfigCommand(context);
    } else if (type == InitCommand.class) {
      made = new InitCommand(context);
    } else if (type == TemplatesListCommand.class) {
      made = new TemplatesListCommand(context);
    } else if (type == TemplatesDumpCommand.class) {
      made = new TemplatesDumpCommand(context);
    } else {
      return CommandLine.defaultFactory().create(type);
    }
    return type.cast(made);
  }
}
