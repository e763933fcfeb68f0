package dev.gen.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.diag.Diagnostic;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layer 3: the facts a Dockerfile gives about its target image, with BuildKit's dispatch semantics. */
class DockerfileFactsTest {

  private final Diagnostics warnings = new Diagnostics();

  private DockerfileFacts load(String text) {
    return load(text, LoadOptions.defaults());
  }

  private DockerfileFacts load(String text, LoadOptions options) {
    return DockerfileLoader.loadText("Dockerfile", text, options, warnings);
  }

  private Diagnostic error(String text) {
    return error(text, LoadOptions.defaults());
  }

  private Diagnostic error(String text, LoadOptions options) {
    GenException e = assertThrows(GenException.class, () -> load(text, options));
    return e.first();
  }

  private List<String> codes() {
    return warnings.all().stream().map(Diagnostic::code).toList();
  }

  private static Map<String, String> env(DockerfileFacts f) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    f.image().env().forEach(e -> m.put(e.name(), e.value()));
    return m;
  }

  // stage chains

  @Test
  void multiStageChainInheritsFromParentStages() {
    DockerfileFacts f = load("""
        ARG BASE=alpine:3.20
        FROM $BASE AS base
        ENV A=1 PATH=/opt/bin:$PATH
        WORKDIR /app
        EXPOSE 80
        FROM base AS mid
        ENV B=$A-2
        USER app
        FROM golang:1.22 AS build
        RUN go build -o /out/app
        FROM busybox AS unused
        FROM mid
        COPY --from=build /out /bin/
        CMD ["app"]
        """);
    assertEquals(4, f.target());
    assertEquals(List.of(0, 1, 4), f.chain());
    assertEquals("alpine:3.20", f.baseImage().name());
    assertFalse(f.baseImage().scratch());
    assertEquals(new dev.gen.diag.SourceLocation("Dockerfile", 2, 1), f.baseImage().location());
    assertEquals(Integer.valueOf(0), f.stages().get(1).parentStage());
    assertEquals(Integer.valueOf(1), f.stages().get(4).parentStage());
    assertNull(f.stages().get(2).parentStage());
    assertEquals(List.of(true, true, true, false, true), f.stages().stream().map(StageFacts::reachable).toList());
    StageDependency dep = f.stages().get(4).dependencies().get(0);
    assertEquals(new StageDependency(StageDependency.Kind.COPY_FROM, "build", 2,
        new dev.gen.diag.SourceLocation("Dockerfile", 13, 1)), dep);
    assertEquals(Map.of("A", "1", "PATH", "/opt/bin:$PATH", "B", "1-2"), env(f));
    assertEquals(List.of("PATH"), f.image().env().get(1).unresolved());
    assertEquals("/app", f.image().workdir().path());
    assertEquals(List.of("80/tcp"), f.image().exposedPorts().stream().map(PortFact::key).toList());
    assertEquals("app", f.image().user().value());
    assertTrue(f.image().inheritsFromBaseImage());
    assertEquals(List.of("app"), f.image().cmd().argv());
    assertEquals(Origin.BASE_IMAGE, f.image().entrypoint().origin());
    assertNull(f.image().commandLine());
  }

  @Test
  void onlyTheStagesTheTargetNeedsAreEvaluated() {
    DockerfileFacts f = load("""
        FROM scratch AS broken
        ENV X=${MISSING:?required}
        FROM scratch
        ENV OK=1
        """);
    assertEquals(Map.of("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "OK", "1"),
        env(f));
    assertFalse(f.stages().get(0).reachable());
    Diagnostic d = error("FROM scratch AS broken\nENV X=\"${MISSING:?is required}\"\nFROM broken\n");
    assertEquals("failed to process \"\\\"${MISSING:?is required}\\\"\": MISSING: is required", d.message());
    assertEquals(DockerfileCodes.EXPANSION, d.code());
    assertEquals(2, d.location().line());
    // FROM lines are substituted for every stage, reachable or not
    assertEquals("base name (${NOTHING}) should not be blank",
        error("FROM ${NOTHING} AS a\nFROM scratch\n").message());
  }

  @Test
  void targetSelection() {
    String text = "FROM scratch AS Build\nENV STAGE=build\nFROM scratch AS test\nENV STAGE=test\nFROM scratch\n";
    DockerfileFacts f = load(text, LoadOptions.defaults().withTarget("BUILD"));
    assertEquals(0, f.target());
    assertEquals("build", f.targetStage().name());
    assertEquals("build", f.image().envValue("STAGE"));
    assertEquals(List.of(true, false, false), f.stages().stream().map(StageFacts::reachable).toList());
    Diagnostic d = error(text, LoadOptions.defaults().withTarget("prod"));
    assertEquals("target stage \"prod\" could not be found", d.message());
    assertEquals("the named stages are build, test", d.hint());
    assertEquals(DockerfileCodes.STAGE, d.code());
  }

  // ARG and ENV

  @Test
  void globalArgsAreImportedIntoStagesOnlyWhenDeclared() {
    String text = """
        ARG VERSION=1.0
        ARG NOVALUE
        FROM scratch AS one
        ARG VERSION
        ENV V=$VERSION
        ARG OTHER=x-$VERSION
        ENV O=$OTHER N=${NOVALUE:-empty}
        FROM one
        ENV V2=${VERSION:-none}
        """;
    DockerfileFacts f = load(text);
    assertEquals("1.0", f.image().envValue("V"));
    assertEquals("x-1.0", f.image().envValue("O"));
    assertEquals("empty", f.image().envValue("N"));
    // ARG values reach child stages through the build environment, not the image
    assertEquals("1.0", f.image().envValue("V2"));
    assertNull(f.image().envValue("VERSION"));
    DockerfileFacts other = load(text.replace("FROM one\n", "FROM scratch\n"));
    assertEquals("none", other.image().envValue("V2"));

    DockerfileFacts overridden = load(text, LoadOptions.defaults().withBuildArgs(Map.of("VERSION", "2.0",
        "NOVALUE", "set")));
    assertEquals("2.0", overridden.image().envValue("V"));
    assertEquals("empty", overridden.image().envValue("N"), "a build argument needs an ARG in the stage");
    ArgFact global = overridden.args().get(0);
    assertEquals(new ArgFact("VERSION", "1.0", "2.0", true, null,
        new dev.gen.diag.SourceLocation("Dockerfile", 1, 1), List.of()), global);
    assertEquals(List.of("VERSION", "NOVALUE", "VERSION", "OTHER"), f.args().stream().map(ArgFact::name).toList());
    assertEquals(List.of(), f.args().stream().filter(a -> a.stage() != null && a.stage() != 0).toList());
  }

  @Test
  void envAndArgOrder() {
    DockerfileFacts before = load("FROM scratch\nENV FOO=env\nARG FOO=arg\nENV BAR=$FOO\n");
    assertEquals("arg", before.image().envValue("BAR"), "an ARG after an ENV overrides it for later instructions");
    assertEquals("env", before.image().envValue("FOO"), "but not in the image");
    DockerfileFacts after = load("FROM scratch\nARG FOO=arg\nENV FOO=env\nENV BAR=$FOO\n");
    assertEquals("env", after.image().envValue("BAR"));
    DockerfileFacts bare = load("FROM scratch\nENV FOO=env\nARG FOO\nENV BAR=$FOO\n");
    assertEquals("env", bare.image().envValue("BAR"), "an ARG without value leaves the ENV");
    DockerfileFacts built = load("FROM scratch\nENV FOO=env\nARG FOO\nENV BAR=$FOO\n",
        LoadOptions.defaults().withBuildArgs(Map.of("FOO", "cli")));
    assertEquals("cli", built.image().envValue("BAR"));
  }

  @Test
  void allReferencesInOneEnvSeeTheOldValues() {
    DockerfileFacts f = load("FROM scratch\nENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n");
    assertEquals("bye", f.image().envValue("abc"));
    assertEquals("hello", f.image().envValue("def"));
    assertEquals("bye", f.image().envValue("ghi"));
    assertEquals(List.of("PATH", "abc", "def", "ghi"), f.image().env().stream().map(EnvFact::name).toList());
    assertEquals(3, f.image().env().get(1).location().line(), "a redefinition moves the location, not the order");
  }

  @Test
  void envQuotesAndTheLegacyForm() {
    DockerfileFacts f = load("""
        FROM scratch
        ENV MY_NAME="John Doe" MY_DOG=Rex\\ The\\ Dog MY_CAT=fluffy
        ENV ONE TWO= THREE=world
        ENV SINGLE='$HOME stays' DOUBLE="$MY_CAT goes"
        """);
    assertEquals("John Doe", f.image().envValue("MY_NAME"));
    assertEquals("Rex The Dog", f.image().envValue("MY_DOG"));
    assertEquals("TWO= THREE=world", f.image().envValue("ONE"));
    assertEquals("$HOME stays", f.image().envValue("SINGLE"));
    assertEquals("fluffy goes", f.image().envValue("DOUBLE"));
    assertEquals(List.of(DockerfileCodes.LEGACY_KEY_VALUE), codes());
    assertEquals("\"ENV key=value\" should be used instead of legacy \"ENV key value\" format",
        warnings.all().get(0).message());
  }

  @Test
  void baseImageVariablesAreUnknownNotEmpty() {
    DockerfileFacts f = load("""
        FROM node:20
        ENV PATH=/app/node_modules/.bin:$PATH GREETING="hi ${NAME:-you}"
        ENV BOTH="$GREETING on $PATH"
        """);
    EnvFact path = f.image().env().get(0);
    assertEquals("/app/node_modules/.bin:$PATH", path.value());
    assertEquals(List.of("PATH"), path.unresolved());
    assertEquals("hi ${NAME:-you}", f.image().envValue("GREETING"));
    EnvFact both = f.image().env().get(2);
    assertEquals(List.of("NAME", "PATH"), both.unresolved(), "unknowns carry over through other variables");
    assertEquals(List.of(), codes(), "no undefined-variable warning: the base image may set them");
  }

  @Test
  void undefinedVariables() {
    load("FROM scratch\nENV A=$NOPE\nARG DECLARED\nENV B=$DECLARED\n");
    assertEquals(List.of(DockerfileCodes.UNDEFINED_VAR), codes());
    assertEquals("Usage of undefined variable '$NOPE'", warnings.all().get(0).message());
    warnings.all().clear();
    Diagnostics typo = new Diagnostics();
    DockerfileLoader.loadText("Dockerfile", "FROM debian\nENV NODE_ENV=production\nRUN true\nENV X=$NODE_EVN\n",
        LoadOptions.defaults(), typo);
    assertEquals(1, typo.all().size());
    assertEquals("Usage of variable '$NODE_EVN', which the Dockerfile does not define (did you mean $NODE_ENV?); "
        + "only the base image could set it", typo.all().get(0).message());
    Diagnostics from = new Diagnostics();
    DockerfileLoader.loadText("Dockerfile", "ARG IMAGE=alpine\nFROM ${IMGAE:-alpine}\n", LoadOptions.defaults(), from);
    assertEquals("FROM argument 'IMGAE' is not declared (did you mean IMAGE?)", from.all().get(0).message());
    assertEquals(DockerfileCodes.UNDEFINED_ARG_IN_FROM, from.all().get(0).code());
  }

  @Test
  void platformArgumentsAreUnknownUnlessGiven() {
    String text = """
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        ARG TARGETOS TARGETARCH
        ENV GOOS=$TARGETOS GOARCH=$TARGETARCH
        FROM --platform=$TARGETPLATFORM scratch
        COPY --from=build /out /
        """;
    DockerfileFacts unknown = load(text);
    assertEquals("$BUILDPLATFORM", unknown.stages().get(0).platform());
    assertEquals("$TARGETPLATFORM", unknown.baseImage().platform());
    assertEquals(List.of("TARGETPLATFORM"), unknown.baseImage().unresolved());
    DockerfileFacts known = load(text.replace("FROM --platform=$TARGETPLATFORM scratch\nCOPY --from=build /out /\n",
        ""), LoadOptions.defaults().withPlatform("linux/arm64"));
    assertEquals("linux", known.image().envValue("GOOS"));
    assertEquals("arm64", known.image().envValue("GOARCH"));
    assertEquals(List.of("BUILDPLATFORM"), known.baseImage().unresolved());
    DockerfileFacts notGiven = load(text.replace("FROM --platform=$TARGETPLATFORM scratch\nCOPY --from=build /out /\n",
        ""));
    assertEquals("$TARGETARCH", notGiven.image().envValue("GOARCH"));
    assertEquals(List.of("TARGETARCH"), notGiven.image().env().get(1).unresolved());
    assertEquals("platform", error("FROM scratch\n", LoadOptions.defaults().withPlatform("a/b/c/d")).code()
        .substring("dockerfile.".length()));
  }

  @Test
  void secretsInArgOrEnvWarn() {
    load("FROM scratch\nARG API_KEY\nENV DB_PASSWORD=x PUBLIC_KEY=y KEYBOARD=z\n");
    assertEquals(2, warnings.all().size());
    assertEquals("Do not use ARG or ENV instructions for sensitive data (ARG \"API_KEY\")",
        warnings.all().get(0).message());
    assertEquals("Do not use ARG or ENV instructions for sensitive data (ENV \"DB_PASSWORD\")",
        warnings.all().get(1).message());
  }

  @Test
  void unusedBuildArgsWarn() {
    load("ARG USED\nFROM scratch\nARG ALSO\n", LoadOptions.defaults().withBuildArgs(
        Map.of("USED", "1", "ALSO", "2", "NOT_DECLARED", "3", "HTTP_PROXY", "p", "TARGETARCH", "amd64")));
    assertEquals(List.of(DockerfileCodes.UNUSED_BUILD_ARG), codes());
    assertTrue(warnings.all().get(0).message().contains("NOT_DECLARED"));
  }

  // CMD and ENTRYPOINT: the table of the Dockerfile reference "Understand how CMD and ENTRYPOINT interact"

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "                                      | CMD [\"exec_cmd\", \"p1_cmd\"] | exec_cmd p1_cmd",
      "                                      | CMD exec_cmd p1_cmd            | /bin/sh -c 'exec_cmd p1_cmd'",
      "ENTRYPOINT exec_entry p1_entry        |                                | /bin/sh -c 'exec_entry p1_entry'",
      "ENTRYPOINT exec_entry p1_entry        | CMD [\"exec_cmd\", \"p1_cmd\"] | /bin/sh -c 'exec_entry p1_entry' "
          + "exec_cmd p1_cmd",
      "ENTRYPOINT exec_entry p1_entry        | CMD exec_cmd p1_cmd            | /bin/sh -c 'exec_entry p1_entry' "
          + "/bin/sh -c 'exec_cmd p1_cmd'",
      "ENTRYPOINT [\"exec_entry\", \"p1_entry\"] |                            | exec_entry p1_entry",
      "ENTRYPOINT [\"exec_entry\", \"p1_entry\"] | CMD [\"exec_cmd\", \"p1_cmd\"] | exec_entry p1_entry exec_cmd p1_cmd",
      "ENTRYPOINT [\"exec_entry\", \"p1_entry\"] | CMD exec_cmd p1_cmd        | exec_entry p1_entry /bin/sh -c "
          + "'exec_cmd p1_cmd'",
  })
  void cmdAndEntrypointInteract(String entrypoint, String cmd, String expected) {
    StringBuilder text = new StringBuilder("FROM scratch\n");
    if (entrypoint != null) {
      text.append(entrypoint).append('\n');
    }
    if (cmd != null) {
      text.append(cmd).append('\n');
    }
    List<String> line = load(text.toString()).image().commandLine();
    assertEquals(expected, String.join(" ", line.stream().map(w -> w.contains(" ") ? "'" + w + "'" : w).toList()));
  }

  @Test
  void entrypointClearsAnInheritedCmd() {
    DockerfileFacts f = load("FROM scratch AS base\nCMD [\"serve\"]\nFROM base\nENTRYPOINT [\"/app\"]\n");
    CommandFact cmd = f.image().cmd();
    assertEquals(List.of(), cmd.argv());
    assertTrue(cmd.cleared());
    assertEquals(4, cmd.location().line());
    DockerfileFacts same = load("FROM scratch AS base\nCMD [\"old\"]\nFROM base\nCMD [\"serve\"]\n"
        + "ENTRYPOINT [\"/app\"]\n");
    assertEquals(List.of("serve"), same.image().cmd().argv(), "a CMD of the same stage stays");
    DockerfileFacts image = load("FROM nginx\nENTRYPOINT [\"/docker-entrypoint.sh\"]\n");
    assertEquals(List.of(), image.image().cmd().argv(), "the base image's CMD is cleared too");
    assertEquals(List.of("/docker-entrypoint.sh"), image.image().commandLine());
    DockerfileFacts reset = load("FROM scratch\nENTRYPOINT [\"/a\"]\nENTRYPOINT []\n");
    assertEquals(List.of(), reset.image().entrypoint().argv());
    assertEquals(List.of(DockerfileCodes.MULTIPLE_INSTRUCTIONS), codes());
  }

  @Test
  void shellFormUsesTheCurrentShell() {
    DockerfileFacts f = load("FROM scratch\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nCMD echo $HOME\n"
        + "ENTRYPOINT exec app\n");
    assertEquals(List.of("/bin/bash", "-o", "pipefail", "-c", "exec app"), f.image().entrypoint().argv());
    assertEquals(Origin.DOCKERFILE, f.image().entrypoint().shellOrigin());
    assertEquals(List.of("/bin/bash", "-o", "pipefail", "-c", "echo $HOME"), f.image().cmd().argv(),
        "an ENTRYPOINT keeps a CMD of its own stage");
    DockerfileFacts keep = load("FROM scratch\nCMD echo $HOME\n");
    assertEquals(List.of("/bin/sh", "-c", "echo $HOME"), keep.image().cmd().argv(), "CMD is not substituted");
    assertEquals(Origin.BUILDKIT_DEFAULT, keep.image().cmd().shellOrigin());
    assertEquals(List.of(DockerfileCodes.JSON_ARGS_RECOMMENDED), codes().stream().distinct().toList());
    DockerfileFacts image = load("FROM debian\nCMD echo hi\n");
    assertEquals(Origin.ASSUMED_DEFAULT, image.image().cmd().shellOrigin());
    DockerfileFacts windows = load("FROM scratch\nCMD dir\n", LoadOptions.defaults().withPlatform("windows/amd64"));
    assertEquals(List.of("cmd", "/S", "/C", "dir"), windows.image().cmd().argv());
  }

  // WORKDIR, USER, VOLUME, STOPSIGNAL, LABEL, MAINTAINER

  @Test
  void workdirJoins() {
    DockerfileFacts f = load("FROM scratch\nWORKDIR /a\nWORKDIR b\nWORKDIR c\n");
    assertEquals("/a/b/c", f.image().workdir().path());
    assertFalse(f.image().workdir().relativeToBaseImage());
    DockerfileFacts vars = load("FROM scratch\nENV DIRPATH=/path\nWORKDIR $DIRPATH/$DIRNAME\n");
    assertEquals("/path/", vars.image().workdir().path(), "DIRNAME is unset; an absolute path is not cleaned");
    DockerfileFacts dots = load("FROM scratch\nWORKDIR /a/../b/\nWORKDIR c/../d\n");
    assertEquals("/b/d", dots.image().workdir().path());
    DockerfileFacts asWritten = load("FROM scratch\nWORKDIR /a/../b/\n");
    assertEquals("/a/../b/", asWritten.image().workdir().path(), "an absolute WORKDIR is kept as written");
  }

  @Test
  void relativeWorkdirOnAnImage() {
    DockerfileFacts f = load("FROM node:20\nWORKDIR app\nWORKDIR sub\n");
    assertEquals("app/sub", f.image().workdir().path());
    assertTrue(f.image().workdir().relativeToBaseImage());
    assertEquals(List.of(DockerfileCodes.WORKDIR_RELATIVE_PATH), codes());
    assertEquals("Relative workdir \"app\" can have unexpected results if the base image changes",
        warnings.all().get(0).message());
    DockerfileFacts abs = load("FROM node:20\nWORKDIR app\nWORKDIR /srv\nWORKDIR x\n");
    assertEquals("/srv/x", abs.image().workdir().path());
    assertFalse(abs.image().workdir().relativeToBaseImage());
    assertEquals(Origin.BASE_IMAGE, load("FROM node:20\n").image().workdir().origin());
  }

  @Test
  void userVolumesSignalLabelsMaintainer() {
    DockerfileFacts f = load("""
        FROM scratch
        ENV UID=1000 DATA=/data
        USER ${UID}:${UID}
        VOLUME ["$DATA", "/logs"]
        VOLUME /cache $DATA
        STOPSIGNAL SIGQUIT
        LABEL version=1 description="first"
        LABEL description="second" "com.example.key"=$DATA
        MAINTAINER Someone <someone@example.com>
        """);
    assertEquals("1000:1000", f.image().user().value());
    assertEquals(List.of("/cache", "/data", "/logs"), f.image().volumes().stream().map(VolumeFact::path).toList());
    assertEquals("SIGQUIT", f.image().stopSignal().value());
    assertEquals(List.of("com.example.key=/data", "description=second", "version=1"),
        f.image().labels().stream().map(l -> l.key() + "=" + l.value()).toList());
    assertEquals("Someone <someone@example.com>", f.image().maintainer().value());
    assertEquals(List.of(DockerfileCodes.MAINTAINER_DEPRECATED), codes());
    assertEquals("Invalid signal: SIGFOO", error("FROM scratch\nSTOPSIGNAL SIGFOO\n").message());
    assertEquals("9", load("FROM scratch\nSTOPSIGNAL 9\n").image().stopSignal().value());
    assertEquals("VOLUME specified can not be an empty string", error("FROM scratch\nVOLUME $EMPTY\n").message());
  }

  // EXPOSE

  @Test
  void exposeRangesProtocolsAndVariables() {
    DockerfileFacts f = load("""
        FROM scratch
        ENV PORTS="3000 3001/udp"
        EXPOSE 80 443/tcp 53/udp 8000-8002 9000/SCTP 127.0.0.1:8080:81 $PORTS 80/tcp
        """);
    assertEquals(List.of("53/udp", "80/tcp", "81/tcp", "443/tcp", "3000/tcp", "3001/udp", "8000/tcp", "8001/tcp",
        "8002/tcp", "9000/sctp"), f.image().exposedPorts().stream().map(PortFact::key).toList());
    assertEquals(List.of(DockerfileCodes.EXPOSE_INVALID_FORMAT, DockerfileCodes.EXPOSE_PROTO_CASING), codes());
    assertEquals("invalid proto: xyz", error("FROM scratch\nEXPOSE 80/xyz\n").message());
    assertEquals("invalid containerPort: 70000", error("FROM scratch\nEXPOSE 70000\n").message());
    assertEquals("invalid containerPort: 9-5", error("FROM scratch\nEXPOSE 9-5\n").message());
    DockerfileFacts image = load("FROM nginx\nEXPOSE $PORT 8080\n");
    assertEquals(List.of("8080/tcp"), image.image().exposedPorts().stream().map(PortFact::key).toList());
    assertEquals("$PORT", image.image().unresolvedPorts().get(0).text());
    assertEquals(65_536, load("FROM scratch\nEXPOSE 0-65535\n").image().exposedPorts().size());
  }

  // HEALTHCHECK

  @Test
  void healthcheckFacts() {
    DockerfileFacts f = load("""
        FROM scratch
        HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost/ || exit 1
        HEALTHCHECK --interval=30s --retries=5 CMD ["/bin/check", "--quiet"]
        """);
    HealthcheckFact h = f.image().healthcheck();
    assertEquals(List.of("CMD", "/bin/check", "--quiet"), h.test());
    assertEquals(Duration.ofSeconds(30), h.interval());
    assertNull(h.timeout());
    assertEquals(5, h.retries());
    assertEquals(3, h.location().line());
    assertEquals(List.of(DockerfileCodes.MULTIPLE_INSTRUCTIONS), codes());
    assertEquals(List.of("NONE"), load("FROM nginx\nHEALTHCHECK NONE\n").image().healthcheck().test());
    assertNull(load("FROM nginx\n").image().healthcheck().test());
    assertEquals(List.of(), load("FROM scratch\n").image().healthcheck().test());
  }

  // ONBUILD

  @Test
  void onbuildTriggersOfAParentStageRunInTheChild() {
    DockerfileFacts f = load("""
        FROM scratch AS base
        ONBUILD ENV FROM_TRIGGER=yes
        ONBUILD COPY --from=assets /site /srv
        FROM scratch AS assets
        FROM base
        ENV AFTER=$FROM_TRIGGER
        ONBUILD RUN echo downstream
        """);
    assertEquals("yes", f.image().envValue("FROM_TRIGGER"));
    assertEquals("yes", f.image().envValue("AFTER"));
    assertEquals(List.of("RUN echo downstream"), f.image().onBuild().stream().map(OnbuildFact::expression).toList());
    assertTrue(f.stages().get(1).reachable(), "the trigger's COPY --from makes the assets stage needed");
    DockerfileFacts parent = load("FROM scratch AS base\nONBUILD ENV X=1\nFROM base AS child\nFROM scratch\n",
        LoadOptions.defaults().withTarget("base"));
    assertEquals(List.of("ENV X=1"), parent.image().onBuild().stream().map(OnbuildFact::expression).toList());
    assertNull(parent.image().envValue("X"));
  }

  @Test
  void aBrokenTriggerWarnsWhereItIsStoredAndFailsWhereItRuns() {
    load("FROM scratch\nONBUILD FOO bar\n");
    assertEquals(List.of(DockerfileCodes.INVALID_ONBUILD), codes());
    Diagnostic d = error("FROM scratch AS base\nONBUILD FOO bar\nFROM base\n");
    assertEquals("ONBUILD trigger: unknown instruction: FOO (did you mean from?)", d.message());
    assertEquals(2, d.location().line());
  }

  // COPY --from and RUN --mount

  @Test
  void copyFromRules() {
    assertEquals("variable expansion is not supported for --from, define a new stage with FROM using ARG from "
        + "global scope as a workaround", error("ARG SRC=a\nFROM scratch AS a\nFROM scratch\nCOPY --from=$SRC / /\n")
        .message());
    assertEquals("cannot copy from stage \"later\", it needs to be defined before current stage \"first\"",
        error("FROM scratch AS first\nCOPY --from=later / /\nFROM scratch AS later\n",
            LoadOptions.defaults().withTarget("first")).message());
    assertEquals("circular dependency detected on stage: a",
        error("FROM scratch AS a\nCOPY --from=b / /\nFROM scratch AS b\nCOPY --from=a / /\n").message());
    assertEquals("invalid stage index 5", error("FROM scratch\nCOPY --from=5 / /\n").message());
    assertEquals("failed to parse stage name \"Node:20\": invalid reference format: repository name (Node) must be "
        + "lowercase", error("FROM scratch\nCOPY --from=Node:20 / /\n").message());
    DockerfileFacts f = load("FROM scratch AS a\nFROM scratch\nCOPY --from=0 / /\nCOPY --from=busybox:1.36 /bin/sh /\n"
        + "RUN --mount=type=bind,from=a,target=/a --mount=type=cache,target=/c true\n");
    List<StageDependency> deps = f.targetStage().dependencies();
    assertEquals(3, deps.size());
    assertEquals(Integer.valueOf(0), deps.get(0).stage());
    assertNull(deps.get(1).stage());
    assertEquals(StageDependency.Kind.MOUNT_FROM, deps.get(2).kind());
    assertEquals("unsupported mount type \"bogus\"",
        error("FROM scratch\nRUN --mount=type=bogus,target=/x true\n").message());
    assertEquals("circular dependency detected on stage: self",
        error("FROM scratch AS self\nCOPY --from=self / /\n").message());
  }

  @Test
  void invalidBaseImageReferences() {
    Diagnostic d = error("FROM Ubuntu:22.04\n");
    assertEquals("failed to parse stage name \"Ubuntu:22.04\": invalid reference format: repository name (Ubuntu) "
        + "must be lowercase", d.message());
    assertEquals(1, d.location().line());
    assertEquals("failed to parse stage name \"a b\": invalid reference format",
        error("ARG IMG=\"a b\"\nFROM $IMG\n").message());
    // an image that only unknown variables name is left alone
    assertEquals("$BUILDPLATFORM-tools", load("FROM $BUILDPLATFORM-tools\n").baseImage().name());
  }

  // the check directive

  @Test
  void checkDirectiveSkipsRulesOrTurnsThemIntoErrors() {
    load("# check=skip=JSONArgsRecommended,MaintainerDeprecated\nFROM scratch\nCMD run\nMAINTAINER me\n");
    assertEquals(List.of(), codes());
    load("# check=skip=all\nFROM scratch\nCMD run\n");
    assertEquals(List.of(), codes());
    GenException e = assertThrows(GenException.class,
        () -> load("# check=error=true\nFROM scratch\nCMD run\nMAINTAINER me\n"));
    assertEquals("lint violation found for rules: JSONArgsRecommended, MaintainerDeprecated", e.first().message());
    assertEquals(3, e.diagnostics().size());
    assertEquals("failed to parse check options: invalid check option \"foo\"",
        error("# check=foo=1\nFROM scratch\n").message());
  }

  // Windows-style Dockerfiles

  @Test
  void backtickEscapeAndWindowsSemantics() {
    DockerfileFacts f = load("""
        # escape=`
        FROM scratch
        ENV Path=C:\\tools `
            HOME=C:\\Users\\app
        WORKDIR C:\\app
        RUN echo `$env:PATH
        CMD dir $env:path
        """, LoadOptions.defaults().withPlatform("windows/amd64"));
    assertEquals('`', f.escapeToken());
    assertEquals("C:\\tools", f.image().envValue("Path"));
    assertEquals("C:\\Users\\app", f.image().envValue("HOME"));
    assertEquals("\\app", f.image().workdir().path());
    assertEquals(List.of("Path", "HOME"), f.image().env().stream().map(EnvFact::name).toList(),
        "on Windows ENV Path replaces the default PATH in place");
    assertEquals(List.of("cmd", "/S", "/C", "dir $env:path"), f.image().cmd().argv());
  }
}
