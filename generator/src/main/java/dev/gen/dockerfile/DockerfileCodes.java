package dev.gen.dockerfile;

/**
 * The stable diagnostic codes of the Dockerfile loader. Errors and warnings name one of these; tests and
 * {@code --warnings json} consumers rely on them. Warnings that mirror a BuildKit lint rule say which.
 */
public final class DockerfileCodes {

  private DockerfileCodes() {}

  // errors

  /** The file cannot be read: missing, a directory, unreadable. */
  public static final String IO = "dockerfile.io";

  /** A size limit: the file or a line is too long, or variable expansion grows too large. */
  public static final String LIMIT = "dockerfile.limit";

  /** Not UTF-8 text: invalid UTF-8, UTF-16, NUL bytes. */
  public static final String ENCODING = "dockerfile.encoding";

  /** The parser (layer 1) rejects the text: directives, JSON arrays, ENV/LABEL syntax, heredocs, no instructions. */
  public static final String SYNTAX = "dockerfile.syntax";

  /** An instruction BuildKit does not know. */
  public static final String UNKNOWN_INSTRUCTION = "dockerfile.unknown-instruction";

  /** An instruction's flags are wrong: unknown, duplicated, missing or bad values. */
  public static final String FLAG = "dockerfile.flag";

  /** An instruction's arguments are wrong (count, form, values). */
  public static final String INSTRUCTION = "dockerfile.instruction";

  /** Stage structure: no FROM, an instruction before FROM, bad names, unknown target, cycles, bad references. */
  public static final String STAGE = "dockerfile.stage";

  /** The platform given to the loader is not {@code os/arch[/variant]}. */
  public static final String PLATFORM = "dockerfile.platform";

  /** Variable substitution failed (bad syntax, {@code ${v:?message}}). */
  public static final String EXPANSION = "dockerfile.expansion";

  // warnings

  /** BuildKit's NoEmptyContinuation: an empty line inside a continued instruction. */
  public static final String EMPTY_CONTINUATION = "dockerfile.empty-continuation";

  /** A comment at the top that looks like a parser directive BuildKit does not know; it is only a comment. */
  public static final String UNKNOWN_DIRECTIVE = "dockerfile.unknown-directive";

  /** A known parser directive ({@code syntax}, {@code escape}, {@code check}) where it has no effect. */
  public static final String IGNORED_DIRECTIVE = "dockerfile.ignored-directive";

  /** BuildKit's MaintainerDeprecated. */
  public static final String MAINTAINER_DEPRECATED = "dockerfile.maintainer-deprecated";

  /** BuildKit's UndefinedVar. */
  public static final String UNDEFINED_VAR = "dockerfile.undefined-var";

  /** BuildKit's UndefinedArgInFrom. */
  public static final String UNDEFINED_ARG_IN_FROM = "dockerfile.undefined-arg-in-from";

  /** BuildKit's LegacyKeyValueFormat. */
  public static final String LEGACY_KEY_VALUE = "dockerfile.legacy-key-value";

  /** BuildKit's JSONArgsRecommended. */
  public static final String JSON_ARGS_RECOMMENDED = "dockerfile.json-args-recommended";

  /** BuildKit's MultipleInstructionsDisallowed. */
  public static final String MULTIPLE_INSTRUCTIONS = "dockerfile.multiple-instructions";

  /** BuildKit's StageNameCasing. */
  public static final String STAGE_NAME_CASING = "dockerfile.stage-name-casing";

  /** BuildKit's FromAsCasing. */
  public static final String FROM_AS_CASING = "dockerfile.from-as-casing";

  /** BuildKit's ReservedStageName. */
  public static final String RESERVED_STAGE_NAME = "dockerfile.reserved-stage-name";

  /** BuildKit's DuplicateStageName. */
  public static final String DUPLICATE_STAGE_NAME = "dockerfile.duplicate-stage-name";

  /** BuildKit's WorkdirRelativePath. */
  public static final String WORKDIR_RELATIVE_PATH = "dockerfile.workdir-relative-path";

  /** BuildKit's ExposeProtoCasing. */
  public static final String EXPOSE_PROTO_CASING = "dockerfile.expose-proto-casing";

  /** BuildKit's ExposeInvalidFormat. */
  public static final String EXPOSE_INVALID_FORMAT = "dockerfile.expose-invalid-format";

  /** BuildKit's SecretsUsedInArgOrEnv. */
  public static final String SECRETS_IN_ARG_OR_ENV = "dockerfile.secrets-in-arg-or-env";

  /** Flags on an instruction that BuildKit silently ignores (ARG, STOPSIGNAL, HEALTHCHECK NONE). */
  public static final String IGNORED_FLAG = "dockerfile.ignored-flag";

  /** A build argument given to the loader that no ARG declares (BuildKit: "build-args were not consumed"). */
  public static final String UNUSED_BUILD_ARG = "dockerfile.unused-build-arg";

  /** An ONBUILD trigger that will fail when a downstream build runs it. */
  public static final String INVALID_ONBUILD = "dockerfile.invalid-onbuild";
}
