package dev.gen.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The layout of gen's help: a short synopsis ({@code gen bundle [OPTIONS] (-o=DIR | --stdout) [INPUT...]}: what is
 * required, not every option), a blank line before the description, and the options in sections by concern (the
 * command's own, then input, output and reporting, which come from the shared option classes) instead of one
 * alphabetical list of thirty.
 */
final class HelpLayout {

  private static final Map<Class<?>, String> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put(InputOptions.class, "Input (read as docker compose reads it):");
    HEADINGS.put(OutputOptions.class, "Output:");
    HEADINGS.put(DocumentOutputOptions.class, "Output:");
    HEADINGS.put(FileOutputOptions.class, "Output:");
    HEADINGS.put(SaveOptions.class, "Output:");
    HEADINGS.put(ReportOption.class, "Output:");
    HEADINGS.put(WriteOptions.class, "Output:");
    HEADINGS.put(TemplateOptions.class, "Output:");
    HEADINGS.put(WarningOptions.class, "Reporting:");
  }

  private HelpLayout() {}

  /** Installs the layout on the command and all its subcommands. */
  static void install(CommandLine cli) {
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "");
    // the header is the one-line summary in the command list and the man page's NAME; the help starts with usage
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_HEADER_HEADING, help -> "");
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_HEADER, help -> "");
    cli.getCommandSpec().usageMessage().descriptionHeading("%n").commandListHeading("%nCommands:%n")
        .parameterListHeading("%nArguments:%n");
    for (CommandLine sub : cli.getSubcommands().values()) {
      install(sub);
    }
  }

  private static String synopsis(Help help) {
    CommandSpec spec = help.commandSpec();
    StringBuilder sb = new StringBuilder(help.colorScheme().commandText(spec.qualifiedName()).toString());
    if (!spec.options().isEmpty()) {
      sb.append(" [OPTIONS]");
    }
    for (OptionSpec option : spec.options()) {
      if (option.required() && option.group() == null) {
        sb.append(' ').append(help.colorScheme().optionText(option.shortestName()))
            .append(help.parameterLabelRenderer().renderParameterLabel(option, help.ansi(),
                help.colorScheme().optionParamStyles()));
      }
    }
    for (ArgGroupSpec group : spec.argGroups()) {
      if (group.multiplicity().min() > 0) {
        sb.append(' ').append(group.synopsis());
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        sb.append(' ').append(help.parameterLabelRenderer().renderParameterLabel(p, help.ansi(),
            help.colorScheme().parameterStyles()));
      }
    }
    if (!spec.subcommands().isEmpty()) {
      sb.append(' ').append(spec.usageMessage().synopsisSubcommandLabel());
    }
    return sb.append(System.lineSeparator()).toString();
  }

  private static String options(Help help) {
    CommandSpec spec = help.commandSpec();
    Map<String, Set<String>> owners = new LinkedHashMap<>();
    collect(spec, owners);
    Map<String, List<OptionSpec>> sections = new LinkedHashMap<>();
    sections.put("Options:", new ArrayList<>());
    for (String heading : HEADINGS.values()) {
      sections.putIfAbsent(heading, new ArrayList<>());
    }
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      String heading = "Options:";
      for (Map.Entry<String, Set<String>> e : owners.entrySet()) {
        if (e.getValue().contains(option.longestName())) {
          heading = e.getKey();
        }
      }
      sections.get(heading).add(option);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<OptionSpec>> e : sections.entrySet()) {
      if (!e.getValue().isEmpty()) {
        sb.append(String.format("%n%s%n", e.getKey()));
        sb.append(help.optionListExcludingGroups(e.getValue()));
      }
    }
    return sb.toString();
  }

  /** Which section each option of the shared option classes (and of the groups in them) belongs to. */
  private static void collect(CommandSpec spec, Map<String, Set<String>> owners) {
    for (CommandSpec mixin : spec.mixins().values()) {
      String heading = HEADINGS.get(mixin.userObject() == null ? null : mixin.userObject().getClass());
      if (heading != null) {
        Set<String> names = owners.computeIfAbsent(heading, h -> new HashSet<>());
        mixin.options().forEach(o -> names.add(o.longestName()));
      }
      collect(mixin, owners);
    }
  }
}
