package dev.gen.dockerfile.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.dockerfile.DockerfileCodes;
import dev.gen.dockerfile.parser.DockerfileParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Layer 2: every instruction's flags, argument checks and errors, with BuildKit's wording. */
class InstructionParserTest {

  private final Diagnostics warnings = new Diagnostics();

  private DockerfileStages stages(String text) {
    return DockerfileStages.of(DockerfileParser.parse("Dockerfile", text), warnings);
  }

  /** The single instruction after {@code FROM scratch}. */
  private Instruction one(String line) {
    return stages("FROM scratch\n" + line + "\n").stages().get(0).commands().get(0);
  }

  private Diagnostic error(String text) {
    GenException e = assertThrows(GenException.class, () -> stages(text));
    assertEquals("Dockerfile", e.first().location().file(), e.first().format());
    return e.first();
  }

  /** The message of the error an instruction after FROM gives, checking it is located on line 2, column 1. */
  private String errorOf(String line) {
    Diagnostic d = error("FROM scratch\n" + line + "\n");
    assertEquals(2, d.location().line(), d.format());
    assertEquals(1, d.location().column(), d.format());
    return d.message();
  }

  private List<String> warningCodes() {
    return warnings.all().stream().map(Diagnostic::code).toList();
  }

  // FROM and stages

  @Test
  void fromTakesOneOrThreeArgumentsAndAValidName() {
    assertEquals("FROM requires either one or three arguments", error("FROM\n").message());
    assertEquals("FROM requires either one or three arguments", error("FROM a b\n").message());
    assertEquals("FROM requires either one or three arguments", error("FROM a AS b c\n").message());
    Diagnostic bad = error("FROM a AS 1bad\n");
    assertEquals("invalid name for build stage: \"1bad\", name can't start with a number or contain symbols",
        bad.message());
    assertEquals(DockerfileCodes.STAGE, bad.code());
    assertEquals("invalid name for build stage: \"b@d\", name can't start with a number or contain symbols",
        error("FROM a AS b@d\n").message());
  }

  @Test
  void fromNamesArePlatformAndLowerCased() {
    DockerfileStages s = stages("FROM --platform=linux/arm64 golang:1.22 AS Build-1.x\nFROM build\n");
    Instruction.From from = s.stages().get(0).from();
    assertEquals("golang:1.22", from.baseName());
    assertEquals("build-1.x", from.stageName());
    assertEquals("linux/arm64", from.platform());
    assertNull(s.stages().get(1).from().platform());
    assertEquals(List.of(DockerfileCodes.STAGE_NAME_CASING), warningCodes());
  }

  @Test
  void fromFlagsAreChecked() {
    assertEquals("missing a value on flag: platform", error("FROM --platform a\n").message());
    Diagnostic unknown = error("FROM --platfrom=linux/amd64 a\n");
    assertEquals("unknown flag: platfrom (did you mean platform?)", unknown.message());
    assertEquals(DockerfileCodes.FLAG, unknown.code());
    assertEquals("duplicate flag specified: platform", error("FROM --platform=a --platform=b x\n").message());
  }

  @Test
  void fromAndAsCasingShouldMatch() {
    stages("FROM a as b\nfrom c AS d\nFROM e AS f\nfrom g as h\n");
    assertEquals(List.of(DockerfileCodes.FROM_AS_CASING, DockerfileCodes.FROM_AS_CASING), warningCodes());
    assertEquals("'as' and 'FROM' keywords' casing do not match", warnings.all().get(0).message());
  }

  @Test
  void reservedAndDuplicateStageNamesWarn() {
    stages("FROM a AS scratch\nFROM b AS x\nFROM c AS X\n");
    List<Diagnostic> all = warnings.all();
    assertEquals("'scratch' is reserved and should not be used as a stage name", all.get(0).message());
    assertTrue(all.stream().anyMatch(d -> d.message().equals(
        "Duplicate stage name \"x\", stage names should be unique")));
  }

  @Test
  void metaArgsComeBeforeTheFirstFrom() {
    DockerfileStages s = stages("ARG A=1 B\nARG C\nFROM scratch\nARG D=4\nFROM scratch AS two\nRUN x\n");
    assertEquals(2, s.metaArgs().size());
    assertEquals(List.of(new Instruction.ArgDeclaration("A", "1"), new Instruction.ArgDeclaration("B", null)),
        s.metaArgs().get(0).args());
    assertEquals(2, s.stages().size());
    assertEquals(1, s.stages().get(0).commands().size());
    assertEquals("two", s.stages().get(1).name());
    assertEquals(1, s.stages().get(1).index());
  }

  @Test
  void anInstructionBeforeFromIsAnError() {
    Diagnostic d = error("# comment\nARG X=1\nRUN echo\nFROM scratch\n");
    assertEquals("no build stage in current context", d.message());
    assertEquals(3, d.location().line());
    assertEquals(DockerfileCodes.STAGE, d.code());
    assertEquals("dockerfile contains no stages to build", error("ARG A\nARG B=2\n").message());
  }

  @Test
  void unknownInstructions() {
    Diagnostic d = error("FROM scratch\n  RUNN echo\n");
    assertEquals("unknown instruction: RUNN (did you mean run?)", d.message());
    assertEquals(DockerfileCodes.UNKNOWN_INSTRUCTION, d.code());
    assertEquals(2, d.location().line());
    assertEquals(3, d.location().column());
    assertEquals("unknown instruction: FOOBAR", errorOf("FOOBAR baz"));
    assertEquals("unknown instruction: INVALID", error("FROM x\nUSER <<INVALID\nINVALID\n").message());
  }

  // RUN

  @Test
  void runFlags() {
    Instruction.Run run = (Instruction.Run) one(
        "RUN --mount=type=cache,target=/root/.cache --mount=from=build,source=/out,target=/in --network=none "
            + "--security=insecure make");
    assertEquals(List.of("type=cache,target=/root/.cache", "from=build,source=/out,target=/in"), run.mounts());
    assertEquals(java.util.Arrays.asList(null, "build"), run.mountSources());
    assertEquals("none", run.network());
    assertEquals("insecure", run.security());
    assertEquals(List.of("make"), run.command().args());
    assertTrue(run.command().shellForm());
  }

  @Test
  void runFlagErrors() {
    assertEquals("'from' doesn't support variable expansion, define alias stage instead",
        errorOf("RUN --mount=from=$STAGE,target=/x true"));
    assertEquals("invalid network mode \"bogus\"", errorOf("RUN --network=bogus true"));
    assertEquals("security \"x\" is not valid", errorOf("RUN --security=x true"));
    assertEquals("missing a value on flag: mount", errorOf("RUN --mount true"));
    assertEquals("duplicate flag specified: network", errorOf("RUN --network=host --network=none true"));
    assertEquals("unknown flag: device", errorOf("RUN --device=/dev/fuse true"));
    assertEquals("failed to parse csv mounts: bare \" in non-quoted-field", errorOf("RUN --mount='source=a\"b' true"));
  }

  @Test
  void runDeviceNeedsTheLabsSyntax() {
    DockerfileStages s = stages("# syntax=docker/dockerfile:1-labs\nFROM scratch\nRUN --device=/dev/fuse true\n");
    assertEquals(List.of("/dev/fuse"), ((Instruction.Run) s.stages().get(0).commands().get(0)).devices());
  }

  @Test
  void runExecFormAndHeredoc() {
    Instruction.Run exec = (Instruction.Run) one("RUN [\"echo\", \"a b\"]");
    assertFalse(exec.command().shellForm());
    assertEquals(List.of("echo", "a b"), exec.command().args());
    Instruction.Run heredoc = (Instruction.Run) stages("FROM scratch\nRUN <<EOF\necho hi\nEOF\n").stages().get(0)
        .commands().get(0);
    assertEquals(1, heredoc.command().files().size());
    assertEquals("echo hi\n", heredoc.command().files().get(0).content());
  }

  // COPY and ADD

  @Test
  void copyFlags() {
    Instruction.Copy c = (Instruction.Copy) one(
        "COPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=*.txt a b /dst/");
    assertEquals("build", c.from());
    assertEquals("app:app", c.chown());
    assertEquals("0755", c.chmod());
    assertTrue(c.link());
    assertTrue(c.parents());
    assertEquals(List.of("*.md", "*.txt"), c.excludes());
    assertEquals(List.of("a", "b"), c.files().sourcePaths());
    assertEquals("/dst/", c.files().destPath());
    Instruction.Copy json = (Instruction.Copy) one("COPY [\"my file\", \"/dest dir/\"]");
    assertEquals(List.of("my file"), json.files().sourcePaths());
    assertEquals("/dest dir/", json.files().destPath());
    assertFalse(((Instruction.Copy) one("COPY --link=false a b")).link());
  }

  @Test
  void copyErrors() {
    assertEquals("COPY requires at least two arguments, but only one was provided. Destination could not be "
        + "determined", errorOf("COPY a"));
    assertEquals("expecting boolean value for flag link, not: maybe", errorOf("COPY --link=maybe a b"));
    assertEquals("missing a value on flag: link", errorOf("COPY --link= a b"));
    assertEquals("missing a value on flag: from", errorOf("COPY --from a b"));
    assertEquals("unknown flag: chwon (did you mean chown?)", errorOf("COPY --chwon=1 a b"));
    assertEquals("unknown flag: keep-git-dir", errorOf("COPY --keep-git-dir a b"));
    assertEquals("COPY cannot accept a heredoc as a destination",
        error("FROM scratch\nCOPY a <<EOF\nx\nEOF\n").message());
  }

  @Test
  void copyHeredocSources() {
    Instruction.Copy c = (Instruction.Copy) stages(
        "FROM scratch\nCOPY <<one.txt <<-'two.sh' /dst/\nfirst\none.txt\n\techo $HOME\n\ttwo.sh\n").stages().get(0)
        .commands().get(0);
    assertEquals(List.of(), c.files().sourcePaths());
    assertEquals(2, c.files().sourceContents().size());
    assertEquals(new Instruction.SourceContent("one.txt", "first\n", true), c.files().sourceContents().get(0));
    // <<- removes the leading tabs in layer 2; the quoted delimiter turns substitution off
    assertEquals(new Instruction.SourceContent("two.sh", "echo $HOME\n", false), c.files().sourceContents().get(1));
  }

  @Test
  void addFlags() {
    Instruction.Add a = (Instruction.Add) one(
        "ADD --checksum=sha256:0123 --unpack=false --keep-git-dir=true --chown=1 --chmod=644 --link --exclude=x "
            + "https://example.com/a.tgz /opt/");
    assertEquals("sha256:0123", a.checksum());
    assertEquals(Boolean.FALSE, a.unpack());
    assertTrue(a.keepGitDir());
    assertTrue(a.link());
    assertEquals(List.of("x"), a.excludes());
    assertNull(((Instruction.Add) one("ADD a b")).unpack());
    assertEquals("unknown flag: from", errorOf("ADD --from=x a b"));
    assertEquals("ADD requires at least two arguments, but only one was provided. Destination could not be "
        + "determined", errorOf("ADD a"));
  }

  // ENV, LABEL, ARG, MAINTAINER

  @Test
  void envAndLabel() {
    Instruction.Env env = (Instruction.Env) one("ENV A=1 B=\"two words\" C=");
    assertEquals(List.of(new Instruction.KeyValue("A", "1", false),
        new Instruction.KeyValue("B", "\"two words\"", false), new Instruction.KeyValue("C", "", false)),
        env.pairs());
    Instruction.Env legacy = (Instruction.Env) one("ENV PATH /usr/bin:$PATH and more");
    assertEquals(List.of(new Instruction.KeyValue("PATH", "/usr/bin:$PATH and more", true)), legacy.pairs());
    Instruction.Label label = (Instruction.Label) one("LABEL \"com.example.vendor\"=\"ACME Inc\" version=1.0");
    assertEquals("\"com.example.vendor\"", label.pairs().get(0).key());
  }

  @Test
  void envAndLabelErrors() {
    assertEquals("ENV requires at least one argument", errorOf("ENV"));
    assertEquals("LABEL requires at least one argument", errorOf("LABEL"));
    assertEquals("ENV must have two arguments", errorOf("ENV PATH"));
    assertEquals("LABEL must have two arguments", errorOf("LABEL single"));
    assertEquals("ENV names can not be blank", errorOf("ENV =x"));
    assertEquals("Syntax error - can't find = in \"b\". Must be of the form: name=value", errorOf("ENV a=1 b"));
    assertEquals("unknown flag: x", errorOf("ENV --x a=1"));
    assertEquals(DockerfileCodes.SYNTAX, error("FROM scratch\nENV a=1 b\n").code());
  }

  @Test
  void argDeclarations() {
    Instruction.Arg arg = (Instruction.Arg) one("ARG A B=2 C=\"x y\" D=");
    assertEquals(List.of(new Instruction.ArgDeclaration("A", null), new Instruction.ArgDeclaration("B", "2"),
        new Instruction.ArgDeclaration("C", "\"x y\""), new Instruction.ArgDeclaration("D", "")), arg.args());
    assertEquals("ARG requires at least one argument", errorOf("ARG"));
    assertEquals("ARG names can not be blank", errorOf("ARG =x"));
  }

  @Test
  void argAndStopsignalIgnoreFlagsLikeBuildkit() {
    stages("FROM scratch\nARG --required A\nSTOPSIGNAL --x SIGTERM\nHEALTHCHECK --interval=5s NONE\n");
    assertEquals(List.of(DockerfileCodes.IGNORED_FLAG, DockerfileCodes.IGNORED_FLAG, DockerfileCodes.IGNORED_FLAG),
        warningCodes());
  }

  @Test
  void maintainer() {
    assertEquals("me <me@example.com>", ((Instruction.Maintainer) one("MAINTAINER me <me@example.com>"))
        .maintainer());
    assertEquals(List.of(DockerfileCodes.MAINTAINER_DEPRECATED), warningCodes());
    assertEquals("MAINTAINER requires exactly one argument", errorOf("MAINTAINER"));
  }

  // CMD, ENTRYPOINT, SHELL

  @Test
  void cmdAndEntrypointForms() {
    Instruction.Cmd shell = (Instruction.Cmd) one("CMD echo \"$HOME\"  x");
    assertEquals(List.of("echo \"$HOME\"  x"), shell.command().args());
    assertTrue(shell.command().shellForm());
    Instruction.Cmd empty = (Instruction.Cmd) one("CMD []");
    assertEquals(List.of(), empty.command().args());
    assertFalse(empty.command().shellForm());
    assertFalse(empty.command().nil());
    Instruction.Entrypoint reset = (Instruction.Entrypoint) one("ENTRYPOINT []");
    assertTrue(reset.command().nil());
    assertEquals("unknown flag: doit", errorOf("CMD --doit [\"a\"]"));
    assertEquals("unknown flag: x", errorOf("ENTRYPOINT --x y"));
  }

  @Test
  void shellMustBeJson() {
    assertEquals(List.of("powershell", "-command"), ((Instruction.Shell) one("SHELL [\"powershell\", \"-command\"]"))
        .shell());
    assertEquals("SHELL requires the arguments to be in JSON form", errorOf("SHELL /bin/bash -c"));
    assertEquals("SHELL requires at least one argument", errorOf("SHELL []"));
    String windows = errorOf("SHELL [\"c:\\windows\\cmd.exe\", \"/S\", \"/C\"]");
    assertTrue(windows.startsWith("SHELL requires the arguments to be in JSON form. It looks like '[\"c:\\windows"),
        windows);
    assertTrue(windows.endsWith("JSON requires back-slashes to be escaped such as [\"c:\\\\path\\\\to\\\\file.exe\", "
        + "\"/parameter\"]"), windows);
  }

  // WORKDIR, USER, VOLUME, EXPOSE, STOPSIGNAL

  @Test
  void singleArgumentInstructions() {
    assertEquals("/app dir", ((Instruction.Workdir) one("WORKDIR /app dir")).path());
    assertEquals("app:app", ((Instruction.User) one("USER app:app")).user());
    assertEquals("SIGQUIT", ((Instruction.StopSignal) one("STOPSIGNAL SIGQUIT")).signal());
    assertEquals("WORKDIR requires exactly one argument", errorOf("WORKDIR"));
    assertEquals("USER requires exactly one argument", errorOf("USER"));
    assertEquals("STOPSIGNAL requires exactly one argument", errorOf("STOPSIGNAL"));
    assertEquals("unknown flag: chown", errorOf("WORKDIR --chown=1 /x"));
    assertEquals("unknown flag: x", errorOf("USER --x y"));
  }

  @Test
  void volumeAndExpose() {
    assertEquals(List.of("/a", "/b"), ((Instruction.Volume) one("VOLUME [\"/a\", \" /b \"]")).volumes());
    assertEquals(List.of("/data", "/logs"), ((Instruction.Volume) one("VOLUME /data /logs")).volumes());
    assertEquals("VOLUME specified can not be an empty string", errorOf("VOLUME [\"/a\", \" \"]"));
    assertEquals("VOLUME requires at least one argument", errorOf("VOLUME"));
    assertEquals(List.of("443", "80", "8080/udp"), ((Instruction.Expose) one("EXPOSE 80 8080/udp 443")).ports());
    assertEquals("EXPOSE requires at least one argument", errorOf("EXPOSE"));
    assertEquals("unknown flag: p", errorOf("EXPOSE --p 80"));
  }

  // HEALTHCHECK

  @Test
  void healthcheckForms() {
    Instruction.HealthSpec none = ((Instruction.Healthcheck) one("HEALTHCHECK NONE")).health();
    assertEquals(List.of("NONE"), none.test());
    Instruction.HealthSpec shell = ((Instruction.Healthcheck) one(
        "HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0s --start-interval=2s --retries=5 "
            + "CMD curl -f http://localhost/ || exit 1")).health();
    assertEquals(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), shell.test());
    assertEquals(Duration.ofSeconds(90), shell.interval());
    assertEquals(Duration.ofMillis(500), shell.timeout());
    assertNull(shell.startPeriod());
    assertEquals(Duration.ofSeconds(2), shell.startInterval());
    assertEquals(5, shell.retries());
    Instruction.HealthSpec exec = ((Instruction.Healthcheck) one("healthcheck cmd [\"/bin/check\", \"-q\"]")).health();
    assertEquals(List.of("CMD", "/bin/check", "-q"), exec.test());
    assertEquals(0, exec.retries());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "HEALTHCHECK | HEALTHCHECK requires at least one argument",
      "HEALTHCHECK NONE x | HEALTHCHECK NONE takes no arguments",
      "HEALTHCHECK CMD | Missing command after HEALTHCHECK CMD",
      "HEALTHCHECK CONNECT TCP 7000 | Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)",
      "HEALTHCHECK --interval=500us CMD x | Interval \"interval\" cannot be less than 1ms",
      "HEALTHCHECK --timeout=-1s CMD x | Interval \"timeout\" cannot be less than 1ms",
      "HEALTHCHECK --interval=5 CMD x | time: missing unit in duration \"5\"",
      "HEALTHCHECK --interval=abc CMD x | time: invalid duration \"abc\"",
      "HEALTHCHECK --interval=5d CMD x | time: unknown unit \"d\" in duration \"5d\"",
      "HEALTHCHECK --retries=-1 CMD x | --retries cannot be negative (-1)",
      "HEALTHCHECK --retries=x CMD x | strconv.ParseInt: parsing \"x\": invalid syntax",
      "HEALTHCHECK --retries=99999999999 CMD x | strconv.ParseInt: parsing \"99999999999\": value out of range",
      "HEALTHCHECK --foo CMD x | unknown flag: foo",
      "HEALTHCHECK --interval CMD x | missing a value on flag: interval",
  })
  void healthcheckErrors(String line, String message) {
    assertEquals(message, errorOf(line));
  }

  // ONBUILD

  @Test
  void onbuildTriggers() {
    Instruction.Onbuild o = (Instruction.Onbuild) one("onbuild  RUN echo test");
    assertEquals("RUN echo test", o.expression());
    assertEquals("run", o.trigger().command());
    Instruction.Onbuild heredoc = (Instruction.Onbuild) stages("FROM scratch\nONBUILD RUN <<EOF\necho hi\nEOF\n")
        .stages().get(0).commands().get(0);
    assertEquals("RUN <<EOF\necho hi\nEOF", heredoc.expression());
  }

  @Test
  void onbuildRestrictions() {
    assertEquals("ONBUILD requires at least one argument", errorOf("ONBUILD"));
    assertEquals("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", errorOf("ONBUILD ONBUILD RUN x"));
    assertEquals("FROM isn't allowed as an ONBUILD trigger", errorOf("ONBUILD FROM x"));
    assertEquals("MAINTAINER isn't allowed as an ONBUILD trigger", errorOf("ONBUILD maintainer me"));
    assertEquals("unknown flag: x", errorOf("ONBUILD --x RUN y"));
  }

  @Test
  void suggestions() {
    assertEquals("chown", Suggest.closest("chwon", List.of("chown", "chmod", "from", "link"), true));
    assertNull(Suggest.closest("xyzzy", List.of("chown", "chmod"), true));
    assertNull(Suggest.closest("from", List.of("from"), true));
    assertEquals("run", Suggest.closest("RUNN", List.of("RUN", "ADD"), false));
  }
}
