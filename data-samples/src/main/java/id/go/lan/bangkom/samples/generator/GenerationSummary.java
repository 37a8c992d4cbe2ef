package id.go.lan.bangkom.samples.generator;

import java.nio.file.Path;

/**
 * What a run wrote: distinct people, files and bytes, rows per dataset (fault rows included), and
 * rows carrying an injected fault.
 */
public record GenerationSummary(
    Path out,
    long people,
    long files,
    long bytes,
    long pegawaiRows,
    long bangkomRows,
    long trainingRateRows,
    long faultRows,
    long brokenFiles) {
  public long rows() {
    return pegawaiRows + bangkomRows + trainingRateRows;
  }
}
