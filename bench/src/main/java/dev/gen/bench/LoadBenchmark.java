package dev.gen.bench;

import dev.gen.compose.ComposeLoader;
import dev.gen.compose.ComposeProject;
import dev.gen.compose.ComposeRequest;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.model.dockerfile.EffectiveComposeMapper;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The input side at steady state: reading the YAML of a synthetic compose file, the whole Compose load (files,
 * interpolation, merge, schema, canonical forms, normalization) and the mapping of the loaded project to the
 * service model (with the Dockerfiles of built services).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
public class LoadBenchmark {

  @Param({"1000"})
  int services;

  private BenchProject project;
  private byte[] composeBytes;
  private ComposeRequest request;
  private ComposeProject loaded;

  @Setup
  public void setUp() throws IOException {
    project = new BenchProject(services);
    composeBytes = Files.readAllBytes(project.composeFile);
    request = ComposeRequest.of(List.of(project.composeFile), project.directory, Map.of());
    loaded = ComposeLoader.load(request, new Diagnostics());
  }

  @TearDown
  public void tearDown() {
    project.close();
  }

  /** YAML text to the located tree (SnakeYAML, go-yaml typing, limits). */
  @Benchmark
  public List<YNode> yamlRead() {
    return new YamlReader().readAll(composeBytes, "compose.yaml");
  }

  /** The whole Compose load of the file, as {@code gen config} does it. */
  @Benchmark
  public ComposeProject composeLoad() {
    return ComposeLoader.load(request, new Diagnostics());
  }

  /** The loaded project to the service model, Dockerfiles of built services included. */
  @Benchmark
  public Project modelMapping() {
    return new EffectiveComposeMapper().map(loaded, new Diagnostics());
  }
}
