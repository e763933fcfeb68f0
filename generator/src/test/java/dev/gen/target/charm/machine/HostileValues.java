package dev.gen.target.charm.machine;

import dev.gen.target.charm.machine.EnvPart.FromOption;
import dev.gen.target.charm.machine.EnvPart.FromSecret;
import dev.gen.target.charm.machine.EnvPart.OptionType;
import dev.gen.target.charm.machine.EnvPart.FromRelation;
import dev.gen.target.charm.machine.EnvPart.Text;
import dev.gen.target.charm.machine.MachineCharmView.Endpoint;
import dev.gen.target.charm.machine.MachineCharmView.Health;
import dev.gen.target.charm.machine.MachineCharmView.Port;
import dev.gen.target.charm.machine.MachineCharmView.SecretFile;
import dev.gen.target.charm.machine.MachineCharmView.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Values that break naive shell code, and a view that carries them everywhere a value can go. The ones that would
 * run a command if they were ever evaluated touch a file in a marker directory, which the tests then find empty.
 */
final class HostileValues {

  private HostileValues() {}

  static List<String> values(Path markers) {
    String m = markers.toString();
    return List.of(
        "$(touch " + m + "/dollar)",
        "`touch " + m + "/backtick`",
        "$(touch /tmp/pwned)",
        "it's \"quoted\" '\\'' twice",
        "plain words with  two spaces",
        "line one\nline two\n",
        "\n",
        "-e --help",
        "--entrypoint=/bin/sh",
        "*",
        "[a-z]* ? ~ !x",
        "line\u2028separator\u2029paragraph\u0085next",
        "tab\there\rcarriage",
        "back\\slash \\n not a newline\\",
        "${HOME} $HOME $0 $@",
        "%s %n %% \\x41",
        ";|&<>(){}# not a comment",
        "",
        "emoji \uD83D\uDE00 ünïcødé",
        "=leading equals",
        "a=b=c",
        "  leading and trailing spaces  ",
        "'",
        "\"",
        "$'\\x41'",
        "--",
        "done",
        "exec");
  }

  /** The values reused as command words and labels, in a view that the shellcheck test renders too. */
  static MachineCharmView view() {
    return view(Path.of("/nonexistent/markers"));
  }

  /**
   * A pulled service whose facts hold the hostile values (as text variables, command words, labels, build-free
   * facts) and whose options, secret and relation the tests fill with them: variable {@code OPT_<i>} comes from
   * option {@code opt-<i>}, {@code TXT_<i>} is written in the charm, {@code SECRET} and {@code PEER} come from a
   * secret and relation {@code peer}. It is made by hand because it puts values where no plan does (literal text
   * in the facts, a runtime volume, a value around a relation's pieces made of hostile text); the hostile example
   * project goes through the plan in {@code MachineHostileValuesTest}.
   */
  static MachineCharmView view(Path markers) {
    List<String> values = values(markers);
    MachineCharmView.Builder b = MachineCharmView.builder("hostile", "hostile")
        .pull("registry.invalid/hostile:1", null)
        .entrypoint(List.of(values.get(0), values.get(7)))
        .command(values)
        .user(values.get(1))
        .workingDir("/work dir/" + values.get(3))
        .health(new Health(Health.Kind.EXEC, values, null, null, null, null))
        .port(new Port(80, "", "", "tcp"))
        .volume(new Volume("data", "/data dir/it's \"here\" $(x) `y` *", false, null))
        .secretFile(new SecretFile("secret-file", "content", "/run/secrets/it's $(x)", "0400", "1000:1000", null))
        .endpoint(new Endpoint("peer", Endpoint.Role.REQUIRES, true))
        .endpoint(new Endpoint("served", Endpoint.Role.PROVIDES, false))
        .env("PEER", new Text(values.get(0)), FromRelation.host("peer", "peer"), new Text(values.get(5)),
            FromRelation.port("peer", 5432))
        .env("SECRET", new FromSecret("secret-env", "content"));
    for (int i = 0; i < values.size(); i++) {
      b.env(String.format(java.util.Locale.ROOT, "OPT_%02d", i), new FromOption(option(i), OptionType.STRING));
      b.env(String.format(java.util.Locale.ROOT, "TXT_%02d", i), new Text(values.get(i)));
      b.label(String.format(java.util.Locale.ROOT, "label.%02d", i), values.get(i));
    }
    return b.build();
  }

  static String option(int i) {
    return String.format(java.util.Locale.ROOT, "opt-%02d", i);
  }

  /** The {@code --health-cmd} value for exec words: each word in single quotes, as /bin/sh reads them back. */
  static String shellQuoted(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add("'" + w.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }
}
