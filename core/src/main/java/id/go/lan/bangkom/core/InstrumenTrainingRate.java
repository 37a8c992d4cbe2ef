package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The training-rate instrument (SPEC §6) as configured: instruments with weights and indicators,
 * the computed indicators, the bands and the threshold. LAN changes it without a rebuild; ingestion
 * checks the reported indicators against it and the transforms score with it.
 */
public record InstrumenTrainingRate(
    List<Instrumen> instrumen, Set<String> dihitung, List<Kategori> kategori, BigDecimal ambang) {

  /** One instrument: its weight (points of 100) and its indicators. */
  public record Instrumen(String nama, BigDecimal bobot, List<String> indikator) {
    public Instrumen {
      requireNonNull(nama, "nama is null");
      requireNonNull(bobot, "bobot is null");
      indikator = List.copyOf(indikator);
      if (indikator.isEmpty() || indikator.stream().anyMatch(String::isBlank)) {
        throw new PengaturanTidakSah(Pesan.CORE.f("pengaturan.instrumen.tanpa.indikator", nama));
      }
    }
  }

  /** A band: scores from {@code batasBawah} on get {@code nama}. */
  public record Kategori(BigDecimal batasBawah, String nama) {}

  public InstrumenTrainingRate {
    instrumen = List.copyOf(instrumen);
    dihitung = Set.copyOf(dihitung);
    kategori = List.copyOf(kategori);
    requireNonNull(ambang, "ambang is null");
    BigDecimal total =
        instrumen.stream().map(Instrumen::bobot).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new PengaturanTidakSah(
          Pesan.CORE.f("pengaturan.instrumen.bobot", total.toPlainString()));
    }
  }

  static InstrumenTrainingRate from(BangkomConfig config) {
    String spec = config.value("training_rate.instrumen");
    List<Instrumen> instrumen = new ArrayList<>();
    for (String part : spec.split(",")) {
      // -1: "PR:30:" keeps its empty indicator list, refused below as such.
      String[] f = part.trim().split(":", -1);
      if (f.length != 3) {
        throw BangkomConfig.invalid(
            "training_rate.instrumen", part, "bentuk: INSTRUMEN:bobot:INDIKATOR|INDIKATOR,...");
      }
      instrumen.add(
          new Instrumen(
              f[0].trim(),
              number("training_rate.instrumen", f[1], "bobot harus angka"),
              List.of(f[2].trim().split("\\|"))));
    }
    List<Kategori> kategori = new ArrayList<>();
    for (String part : config.value("training_rate.kategori").split(",")) {
      String[] f = part.trim().split(":");
      if (f.length != 2) {
        throw BangkomConfig.invalid(
            "training_rate.kategori", part, "bentuk: batas_bawah:KATEGORI,...");
      }
      kategori.add(
          new Kategori(
              number("training_rate.kategori", f[0], "batas bawah harus angka"), f[1].trim()));
    }
    kategori.sort((a, b) -> b.batasBawah().compareTo(a.batasBawah()));
    // A repeated indicator is harmless here; Set.of would refuse it with an English message.
    Set<String> dihitung =
        new LinkedHashSet<>(
            List.of(config.value("training_rate.indikator_dihitung").trim().split("\\s*,\\s*")));
    String ambangText = config.value("training_rate.ambang");
    BigDecimal ambang = number("training_rate.ambang", ambangText, "harus angka 0 sampai 100");
    if (ambang.signum() < 0 || ambang.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw BangkomConfig.invalid(
          "training_rate.ambang", ambangText.trim(), "harus angka 0 sampai 100");
    }
    return new InstrumenTrainingRate(instrumen, dihitung, kategori, ambang);
  }

  private static BigDecimal number(String key, String text, String allowed) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw BangkomConfig.invalid(key, text.trim(), allowed);
    }
  }

  /** The instrument an indicator belongs to, if the instrument has it. */
  public Optional<String> instrumenOf(String indikator) {
    for (Instrumen i : instrumen) {
      if (i.indikator().contains(indikator)) {
        return Optional.of(i.nama());
      }
    }
    return Optional.empty();
  }

  /** Instrument names, in configuration order. */
  public List<String> namaInstrumen() {
    return instrumen.stream().map(Instrumen::nama).toList();
  }

  /** Indicators an instansi reports itself (all but the computed ones), in configuration order. */
  public List<String> indikatorDilaporkan() {
    return instrumen.stream()
        .flatMap(i -> i.indikator().stream())
        .filter(k -> !dihitung.contains(k))
        .toList();
  }
}
