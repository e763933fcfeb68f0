package dev.gen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen completion [bash|zsh]}: the shell completion script of gen, made by picocli from its commands. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Print the bash or zsh completion script",
    description = {
      "Prints a script that completes gen's commands, options and their values in bash or zsh. It is the same"
          + " script for both shells (picocli's; zsh runs it through bashcompinit). The build also writes it to"
          + " cli/target/completion/gen.bash."
    },
    footerHeading = ExitCodes.EXAMPLES_HEADING,
    footer = {
      "  source <(gen completion bash)                 # in ~/.bashrc",
      "  source <(gen completion zsh)                  # in ~/.zshrc",
      "  gen completion bash > ~/.local/share/bash-completion/completions/gen"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.INTERNAL_LINE})
final class CompletionCommand implements Callable<Integer> {

  /** The shells the script serves. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", arity = "0..1",
      description = "${COMPLETION-CANDIDATES} (default: bash).")
  Shell shell = Shell.bash;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("gen", spec.root().commandLine()));
    out.flush();
    return 0;
  }
}
