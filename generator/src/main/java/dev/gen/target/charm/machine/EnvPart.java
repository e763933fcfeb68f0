package dev.gen.target.charm.machine;

import dev.gen.target.charm.ValuePart;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of an environment variable's value in a machine charm. The hooks concatenate the pieces of a variable at
 * run time: literal text, an option's value, a Juju secret's content, or what a relation provides. A plain value is
 * one {@link Text}; a value that names another service, such as {@code postgres://app@db:5432/app}, is text with
 * {@link FromRelation} pieces where the service's host and port were (and, from a Charmhub charm, the credentials
 * and the database it made).
 */
public sealed interface EnvPart {

  /**
   * The words that declare this part in {@code lib/workload.sh}: a kind, then its arguments (the shell library reads
   * them back by kind, see {@code _env_parts} in {@code lib/charm.sh}).
   */
  List<String> words();

  /** The types of config options, as Juju names them; the library turns Juju's {@code True}/{@code False} into
   * {@code true}/{@code false} for booleans. */
  enum OptionType {
    STRING,
    INT,
    FLOAT,
    BOOLEAN;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Text written into the charm as it is. */
  record Text(String value) implements EnvPart {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public List<String> words() {
      return List.of("text", value);
    }
  }

  /** The value of a (non-secret) config option; a variable with an unset option is left out. */
  record FromOption(String option, OptionType type) implements EnvPart {
    public FromOption {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public List<String> words() {
      return List.of("config", option, type.word());
    }
  }

  /**
   * One key of the Juju secret whose URI a secret-typed option holds; a variable whose secret option is unset is
   * left out, unless the option is required (then the unit is blocked).
   */
  record FromSecret(String option, String key) implements EnvPart {
    public FromSecret {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public List<String> words() {
      return List.of("secret", option, key);
    }
  }

  /**
   * What the provider on {@code endpoint} gives for a piece of the value; {@code original} (the text the input had
   * there, empty where that was a secret) is kept while an optional relation is absent.
   */
  record FromRelation(ValuePart.Kind kind, String endpoint, String original) implements EnvPart {

    public FromRelation {
      if (Objects.requireNonNull(kind, "kind") == ValuePart.Kind.TEXT) {
        throw new IllegalArgumentException("literal text is an EnvPart.Text, not a piece from a relation");
      }
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(original, "original");
    }

    public static FromRelation host(String endpoint, String original) {
      return new FromRelation(ValuePart.Kind.HOST, endpoint, original);
    }

    public static FromRelation port(String endpoint, int original) {
      return new FromRelation(ValuePart.Kind.PORT, endpoint, Integer.toString(original));
    }

    @Override
    public List<String> words() {
      return List.of(kind.word(), endpoint, original);
    }
  }
}
