package dev.gen.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Engine-level settings of the container that some targets can pass on (a machine charm's or a VM blueprint's
 * {@code docker run}) and others report as not expressible. Every field may be null or empty when not given.
 *
 * @param extraHosts host name to addresses ({@code extra_hosts})
 * @param ulimits name to {@code soft:hard} or a single number
 * @param devices {@code host:container[:permissions]}
 */
public record ContainerOptions(
    boolean privileged,
    List<String> capAdd,
    List<String> capDrop,
    boolean readOnlyRootFilesystem,
    Boolean init,
    String hostname,
    Map<String, List<String>> extraHosts,
    String stopSignal,
    Duration stopGracePeriod,
    boolean tty,
    boolean stdinOpen,
    String pullPolicy,
    String platform,
    String containerName,
    Long shmSizeBytes,
    Map<String, String> sysctls,
    Map<String, String> ulimits,
    List<String> devices,
    List<String> dns,
    List<String> securityOpt,
    List<String> groupAdd) {

  public static final ContainerOptions DEFAULT =
      new ContainerOptions(
          false, List.of(), List.of(), false, null, null, Map.of(), null, null, false, false, null, null, null,
          null, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

  public ContainerOptions {
    capAdd = Models.list(capAdd);
    capDrop = Models.list(capDrop);
    extraHosts = Models.sortedMap(extraHosts);
    sysctls = Models.sortedMap(sysctls);
    ulimits = Models.sortedMap(ulimits);
    devices = Models.list(devices);
    dns = Models.list(dns);
    securityOpt = Models.list(securityOpt);
    groupAdd = Models.list(groupAdd);
  }
}
