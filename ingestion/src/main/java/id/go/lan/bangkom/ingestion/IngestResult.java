package id.go.lan.bangkom.ingestion;

import java.util.List;

/**
 * What one {@link Ingestion#ingest} run did.
 *
 * @param diterima receipts of the new versions written
 * @param tidakBerubah submissions skipped because every file was byte-identical to what is in force
 *     (or to a file refused before)
 * @param folderDitolak inbox entries refused (unknown kode_instansi, malformed period), one message
 *     each, in Bahasa Indonesia
 */
public record IngestResult(List<Receipt> diterima, int tidakBerubah, List<String> folderDitolak) {
  public IngestResult {
    diterima = List.copyOf(diterima);
    folderDitolak = List.copyOf(folderDitolak);
  }
}
