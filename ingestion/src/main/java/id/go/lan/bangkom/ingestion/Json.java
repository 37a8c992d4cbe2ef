package id.go.lan.bangkom.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code submisi.json} (docs/contracts.md) and the JSON pieces shared with receipts. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static Map<String, Object> datasets(Map<String, DatasetInfo> datasets) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, DatasetInfo> e : datasets.entrySet()) {
      DatasetInfo d = e.getValue();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("berkas", d.berkas());
      x.put("sha256", d.sha256());
      x.put("baris_dibaca", d.barisDibaca());
      x.put("baris_diterima", d.barisDiterima());
      x.put("baris_ditolak", d.barisDitolak());
      m.put(e.getKey(), x);
    }
    return m;
  }

  static String submisi(Receipt r) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("submisi_id", r.submisiId());
    m.put("kode_instansi", r.kode());
    m.put("periode", r.periode());
    m.put("versi", r.versi());
    m.put("diterima_pada", r.diterimaPada().toString());
    Map<String, Object> datasets = datasets(r.datasets());
    if (r.susulan() != null && !r.datasets().containsKey(Dataset.BANGKOM.id())) {
      // The bangkom dataset in force is now this version's Parquet (rows accepted earlier plus
      // those taken in now), still from the file the earlier version read.
      @SuppressWarnings("unchecked")
      Map<String, Object> x =
          (Map<String, Object>)
              datasets(Map.of(Dataset.BANGKOM.id(), r.susulan().dataset()))
                  .get(Dataset.BANGKOM.id());
      x.put("dibawa_dari", r.susulan().dariSubmisi());
      x.put("baris_diterima_susulan", r.susulan().barisDiterima());
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.BANGKOM) {
          ordered.put(d.id(), x);
        } else if (datasets.containsKey(d.id())) {
          ordered.put(d.id(), datasets.get(d.id()));
        }
      }
      datasets = ordered;
    }
    m.put("datasets", datasets);
    List<Map<String, Object>> refused = new ArrayList<>();
    for (BerkasDitolak b : r.berkasDitolak()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("berkas", b.berkas());
      x.put("sha256", b.sha256());
      x.put("kode_alasan", b.kodeAlasan().name());
      x.put("pesan", b.pesan());
      refused.add(x);
    }
    m.put("berkas_ditolak", refused);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m);
  }

  static SubmisiVersion readSubmisi(Path file) throws IOException {
    JsonNode n = MAPPER.readTree(file.toFile());
    Map<String, DatasetInfo> datasets = new LinkedHashMap<>();
    long dibaca = 0;
    long diterima = 0;
    long ditolak = 0;
    for (Map.Entry<String, JsonNode> e : n.path("datasets").properties()) {
      JsonNode d = e.getValue();
      DatasetInfo info =
          new DatasetInfo(
              d.path("berkas").asText(),
              d.path("sha256").asText(),
              d.path("baris_dibaca").asLong(),
              d.path("baris_diterima").asLong(),
              d.path("baris_ditolak").asLong());
      datasets.put(e.getKey(), info);
      if (d.has("dibawa_dari")) {
        // Carried from the version that read the file: not rows of this version's files.
        continue;
      }
      dibaca += info.barisDibaca();
      diterima += info.barisDiterima();
      ditolak += info.barisDitolak();
    }
    List<BerkasDitolak> refused = new ArrayList<>();
    for (JsonNode b : n.path("berkas_ditolak")) {
      refused.add(
          new BerkasDitolak(
              b.path("berkas").asText(),
              b.path("sha256").asText(),
              RejectReason.valueOf(b.path("kode_alasan").asText()),
              null,
              b.path("pesan").asText(),
              null));
    }
    return new SubmisiVersion(
        n.path("submisi_id").asText(),
        n.path("kode_instansi").asText(),
        n.path("periode").asText(),
        n.path("versi").asInt(),
        Instant.parse(n.path("diterima_pada").asText()),
        dibaca,
        diterima,
        ditolak,
        datasets,
        refused,
        file.getParent().toAbsolutePath());
  }
}
