package id.go.lan.bangkom.portal;

import java.util.Optional;

/**
 * A portal account. A PIC belongs to one instansi; an analis sees the instansi assigned to them
 * (dim_penugasan); an admin sees all.
 *
 * @param kodeInstansi the PIC's instansi, empty for analis and admin
 * @param berSandi whether the invitation was used and a password is set
 */
public record Akun(
    long id,
    String email,
    String nama,
    Peran peran,
    Optional<String> kodeInstansi,
    boolean berSandi,
    boolean aktif,
    int gagalMasuk,
    Optional<Long> terkunciSampai) {

  /** The three roles of the portal. */
  public enum Peran {
    PIC,
    ANALIS,
    ADMIN
  }

  /** Whether this account may see instansi {@code kode}'s pages (a PIC only its own). */
  boolean bolehLihat(String kode, java.util.Set<String> instansiAnalis) {
    return switch (peran) {
      case ADMIN -> true;
      case PIC -> kodeInstansi.map(kode::equals).orElse(false);
      case ANALIS -> instansiAnalis.contains(kode);
    };
  }
}
