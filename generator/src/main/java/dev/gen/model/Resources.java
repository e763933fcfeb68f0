package dev.gen.model;

/**
 * Resource limits and reservations ({@code deploy.resources}, {@code cpus}, {@code mem_limit}...).
 *
 * @param cpuLimit CPUs as a fraction, or null
 * @param memoryLimitBytes memory limit in bytes, or null
 * @param pidsLimit process limit, or null
 * @param cpuReservation reserved CPUs, or null
 * @param memoryReservationBytes reserved memory in bytes, or null
 */
public record Resources(
    Double cpuLimit, Long memoryLimitBytes, Long pidsLimit, Double cpuReservation, Long memoryReservationBytes) {

  public static final Resources NONE = new Resources(null, null, null, null, null);

  public boolean isEmpty() {
    return cpuLimit == null
        && memoryLimitBytes == null
        && pidsLimit == null
        && cpuReservation == null
        && memoryReservationBytes == null;
  }
}
