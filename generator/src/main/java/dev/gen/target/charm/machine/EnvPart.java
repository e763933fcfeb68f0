package dev.gen.target.charm.machine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of an environment variable's value in a machine charm. The hooks concatenate the pieces of a variable at
 * run time: literal text, an option's value, a Juju secret's content, or the host or port that a relation provides.
 * A plain value is one {@link Text}; a value that names another service, such as
 * {@code postgres://app@db:5432/app}, is text with {@link RelationHost} and {@link RelationPort} where the service's
 * host and port were.
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

  /** The value of a (non-secret) config option. */
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

  /** One key of the Juju secret whose URI a secret-typed option holds. */
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
   * The address that the provider on {@code endpoint} publishes; {@code original} (the host name the input used) is
   * kept while an optional relation is absent.
   */
  record RelationHost(String endpoint, String original) implements EnvPart {
    public RelationHost {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(original, "original");
    }

    @Override
    public List<String> words() {
      return List.of("host", endpoint, original);
    }
  }

  /**
   * The host port on which the provider on {@code endpoint} publishes the container port {@code original}; the
   * original port is kept when the provider does not list it, or while an optional relation is absent.
   */
  record RelationPort(String endpoint, int original) implements EnvPart {
    public RelationPort {
      Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public List<String> words() {
      return List.of("port", endpoint, Integer.toString(original));
    }
  }
}
