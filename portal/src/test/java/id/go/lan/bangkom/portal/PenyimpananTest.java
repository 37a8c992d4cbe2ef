package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The portal's store on both paths, H2 in the workspace (the default) and a real PostgreSQL ({@link
 * PostgresLokal}, one cluster for the class, a fresh database per test): schema, accounts, logins
 * and lockout, invitations, sessions, what is stored, and the audit log with its export. Times come
 * from a hand-driven clock; every expected instant is worked out from {@link #T0} and the settings
 * in {@link #PENGATURAN}.
 */
class PenyimpananTest {
  @RegisterExtension static final PostgresLokal PG = new PostgresLokal();

  /** The two stores. */
  enum Jenis {
    H2,
    POSTGRESQL
  }

  /** Small, round settings so the expected values below are easy to check by hand. */
  private static final Map<String, String> PENGATURAN =
      Map.of(
          "portal.gagal_masuk_maks", "3",
          "portal.kunci_menit", "15",
          "portal.sesi_menit", "60",
          "portal.undangan_jam", "72");

  /** Monday 2 March 2026, 08:00 WIB. */
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static final String EMAIL = "pic.a@instansi.go.id";
  private static final String KODE = "4011";
  private static final String SANDI = "Benar-Sekali-2026";
  private static final String SANDI_SALAH = "Salah-Sekali-2026";
  private static final String HASH_SANDI = Sandi.hash(SANDI);

  @TempDir Path tmp;

  private final JamUji jam = new JamUji(T0);
  private final List<Penyimpanan> dibuka = new ArrayList<>();

  @AfterEach
  void tutup() {
    dibuka.forEach(Penyimpanan::close);
  }

  // --- schema -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void schemaCreationIsIdempotentAndKeepsTheData(Jenis jenis) throws SQLException {
    Toko a = buka(jenis);
    a.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));

    // A second portal on the same store while the first is open, then a restart.
    Toko b = a.bukaLagi();
    assertThat(b.akses.cariEmail(EMAIL)).isPresent();
    a.db.close();
    b.db.close();
    Toko c = a.bukaLagi();

    assertThat(c.akses.semua()).extracting(Akun::email).containsExactly(EMAIL);
    assertThat(hitung(c, "SELECT COUNT(*) FROM sesi")).isZero();
  }

  @Test
  void thePostgresqlPathConnectsWithThePasswordFromTheEnvironment() throws SQLException {
    PengaturanPortal p = PG.pengaturan(Map.of());
    String database = p.jdbcUrl().orElseThrow().replaceAll(".*/", "");

    // The cluster asks for the password (SCRAM), so the store opened only because the settings
    // read it from the variable portal.variabel_sandi_jdbc names.
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                    p.jdbcUrl().get(), PostgresLokal.PENGGUNA, "bukan-sandinya"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    PengaturanPortal tanpaSandi =
        PengaturanPortal.from(BangkomConfig.withOverrides(PG.konfigurasi(database)), nama -> null);
    assertThatThrownBy(() -> Penyimpanan.buka(tanpaSandi, new Workspace(tmp)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tidak dapat dipakai")
        .hasMessageContaining("password");
    try (Penyimpanan db = Penyimpanan.buka(p, new Workspace(tmp))) {
      assertThat(db.url()).isEqualTo(PG.jdbcUrl(database));
    }
  }

  // --- accounts and login -------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aNewAccountIsStoredNormalisedWithoutAPassword(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);

    Akun a =
        t.akses.buatAkun("  PIC.A@Instansi.GO.id ", "PIC A", Akun.Peran.PIC, Optional.of(KODE));

    assertThat(a)
        .isEqualTo(
            new Akun(
                a.id(),
                EMAIL,
                "PIC A",
                Akun.Peran.PIC,
                Optional.of(KODE),
                false,
                true,
                0,
                Optional.empty()));
    assertThat(t.akses.cari(a.id())).contains(a);
    assertThat(t.akses.kosong()).isFalse();
    // No password yet: the right one does not exist, any attempt fails without counting.
    assertThat(t.akses.masuk(EMAIL, SANDI)).isEqualTo(new Akses.Gagal(Optional.of(a), 0));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void theRightPasswordLogsInWithAnyCaseOfTheAddress(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);

    Akses.Berhasil b = berhasil(t.akses.masuk(" Pic.A@INSTANSI.go.id", SANDI));

    assertThat(b.akun().id()).isEqualTo(a.id());
    assertThat(b.token()).hasSize(43).isNotEqualTo(b.csrf());
    Akses.SesiAktif s = t.akses.sesi(b.token()).orElseThrow();
    assertThat(s.akun().email()).isEqualTo(EMAIL);
    assertThat(s.csrf()).isEqualTo(b.csrf());
    assertThat(s.tokenHash()).isEqualTo(sha256Hex(b.token()));
    assertThat(t.akses.masuk("orang.lain@instansi.go.id", SANDI))
        .isEqualTo(new Akses.Gagal(Optional.empty(), 0));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void wrongPasswordsCountUpAndLockTheAccountUntilTheLockEnds(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);
    // portal.gagal_masuk_maks = 3, portal.kunci_menit = 15: the third failure at 01:00 locks
    // until 01:15.
    Instant sampai = Instant.parse("2026-03-02T01:15:00Z");

    assertThat(gagal(t.akses.masuk(EMAIL, SANDI_SALAH)).gagal()).isEqualTo(1);
    assertThat(t.akses.cari(a.id()).orElseThrow().gagalMasuk()).isEqualTo(1);
    assertThat(gagal(t.akses.masuk(EMAIL, SANDI_SALAH)).gagal()).isEqualTo(2);
    Akses.Terkunci kunci = terkunci(t.akses.masuk(EMAIL, SANDI_SALAH));
    assertThat(kunci.sampai()).isEqualTo(sampai);
    assertThat(kunci.baruSaja()).isTrue();
    Akun terkunci = t.akses.cari(a.id()).orElseThrow();
    assertThat(terkunci.terkunciSampai()).contains(sampai.toEpochMilli());
    assertThat(terkunci.gagalMasuk()).isZero();

    // Locked: even the right password is refused, and no session is made.
    assertThat(t.akses.masuk(EMAIL, SANDI)).isEqualTo(new Akses.Terkunci(terkunci, sampai, false));
    jam.maju(Duration.ofMinutes(15).minusMillis(1));
    assertThat(t.akses.masuk(EMAIL, SANDI)).isInstanceOf(Akses.Terkunci.class);
    assertThat(hitung(t, "SELECT COUNT(*) FROM sesi")).isZero();

    // 01:15:00.000: the lock has ended.
    jam.maju(Duration.ofMillis(1));
    berhasil(t.akses.masuk(EMAIL, SANDI));
    Akun lepas = t.akses.cari(a.id()).orElseThrow();
    assertThat(lepas.terkunciSampai()).isEmpty();
    assertThat(lepas.gagalMasuk()).isZero();
    // The count starts again from nothing.
    assertThat(gagal(t.akses.masuk(EMAIL, SANDI_SALAH)).gagal()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aSuccessfulLoginResetsTheCountOfFailures(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    picBerSandi(t);

    gagal(t.akses.masuk(EMAIL, SANDI_SALAH));
    gagal(t.akses.masuk(EMAIL, SANDI_SALAH));
    berhasil(t.akses.masuk(EMAIL, SANDI));

    // Two failures, then a success: the next failure is the first, not the third (no lock).
    assertThat(gagal(t.akses.masuk(EMAIL, SANDI_SALAH)).gagal()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void wrongPasswordsInParallelStillLockTheAccount(Jenis jenis) throws Exception {
    Toko t = buka(jenis);
    picBerSandi(t);
    int percobaan = 6;
    CountDownLatch mulai = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(percobaan);
    try {
      List<Future<Akses.HasilMasuk>> hasil = new ArrayList<>();
      for (int i = 0; i < percobaan; i++) {
        Callable<Akses.HasilMasuk> coba =
            () -> {
              mulai.await();
              return t.akses.masuk(EMAIL, SANDI_SALAH);
            };
        hasil.add(pool.submit(coba));
      }
      mulai.countDown();
      for (Future<Akses.HasilMasuk> f : hasil) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    // Six wrong attempts, three allowed: the account is locked, the right password refused.
    assertThat(t.akses.masuk(EMAIL, SANDI)).isInstanceOf(Akses.Terkunci.class);
  }

  // --- invitations --------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void anInvitationSetsThePasswordOnce(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = t.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));
    String undangan = t.akses.undang(a.id());

    assertThat(t.akses.undangan(undangan)).contains(a);
    Akun bersandi = t.akses.pakaiUndangan(undangan, SANDI).orElseThrow();
    assertThat(bersandi.berSandi()).isTrue();

    // The second use changes nothing.
    assertThat(t.akses.pakaiUndangan(undangan, "Sandi-Orang-Lain-1")).isEmpty();
    assertThat(t.akses.undangan(undangan)).isEmpty();
    berhasil(t.akses.masuk(EMAIL, SANDI));
    assertThat(gagal(t.akses.masuk(EMAIL, "Sandi-Orang-Lain-1")).gagal()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void anInvitationExpiresAfterItsHours(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = t.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));
    String undangan = t.akses.undang(a.id());

    // portal.undangan_jam = 72: made on Monday 01:00, it works until Thursday 01:00 (excluded).
    assertThat(bacaPanjang(t, "SELECT kedaluwarsa FROM undangan"))
        .isEqualTo(Instant.parse("2026-03-05T01:00:00Z").toEpochMilli());
    jam.maju(Duration.ofHours(72).minusMillis(1));
    assertThat(t.akses.undangan(undangan)).contains(a);
    jam.maju(Duration.ofMillis(1));
    assertThat(t.akses.undangan(undangan)).isEmpty();
    assertThat(t.akses.pakaiUndangan(undangan, SANDI)).isEmpty();
    assertThat(t.akses.cari(a.id()).orElseThrow().berSandi()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aNewerInvitationVoidsTheOlder(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = t.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));
    String lama = t.akses.undang(a.id());
    String baru = t.akses.undang(a.id());

    assertThat(t.akses.undangan(lama)).isEmpty();
    assertThat(t.akses.pakaiUndangan(lama, SANDI)).isEmpty();
    assertThat(t.akses.pakaiUndangan(baru, SANDI)).isPresent();
    assertThat(hitung(t, "SELECT COUNT(*) FROM undangan")).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void settingThePasswordEndsTheSessionsAndLiftsTheLock(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);
    String sesiLama = berhasil(t.akses.masuk(EMAIL, SANDI)).token();
    // Locked until 01:15 with two failures counted, written directly: locking through wrong
    // logins has its own test, and each attempt costs an Argon2id hash.
    try (Connection c = t.db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE akun SET gagal_masuk = 2, terkunci_sampai = ? WHERE id = ?")) {
      ps.setLong(1, Instant.parse("2026-03-02T01:15:00Z").toEpochMilli());
      ps.setLong(2, a.id());
      ps.executeUpdate();
    }
    assertThat(t.akses.masuk(EMAIL, SANDI)).isInstanceOf(Akses.Terkunci.class);

    String sandiBaru = "Sandi-Baru-Sekali-7";
    Akun setelah = t.akses.pakaiUndangan(t.akses.undang(a.id()), sandiBaru).orElseThrow();

    assertThat(setelah.terkunciSampai()).isEmpty();
    assertThat(setelah.gagalMasuk()).isZero();
    assertThat(t.akses.sesi(sesiLama)).isEmpty();
    assertThat(hitung(t, "SELECT COUNT(*) FROM sesi")).isZero();
    // Same instant, still inside the 15 minutes the lock would have lasted.
    berhasil(t.akses.masuk(EMAIL, sandiBaru));
    assertThat(gagal(t.akses.masuk(EMAIL, SANDI)).gagal()).isEqualTo(1);
  }

  // --- sessions -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aSessionEndsAfterItsMinutesWithoutUse(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    picBerSandi(t);
    String token = berhasil(t.akses.masuk(EMAIL, SANDI)).token();
    // portal.sesi_menit = 60: logged in at 01:00, it ends at 02:00 unless used after 01:30.
    long pukul2 = Instant.parse("2026-03-02T02:00:00Z").toEpochMilli();
    assertThat(kedaluwarsaSesi(t, token)).isEqualTo(pukul2);

    // 01:30 is exactly half: the session answers but is not extended.
    jam.maju(Duration.ofMinutes(30));
    assertThat(t.akses.sesi(token)).isPresent();
    assertThat(kedaluwarsaSesi(t, token)).isEqualTo(pukul2);

    jam.maju(Duration.ofMinutes(30));
    assertThat(t.akses.sesi(token)).isEmpty();
    assertThat(hitung(t, "SELECT COUNT(*) FROM sesi")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aSessionUsedAfterHalfItsTimeIsExtended(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    picBerSandi(t);
    String token = berhasil(t.akses.masuk(EMAIL, SANDI)).token();

    jam.maju(Duration.ofMinutes(31));
    assertThat(t.akses.sesi(token)).isPresent();
    assertThat(kedaluwarsaSesi(t, token))
        .isEqualTo(Instant.parse("2026-03-02T02:31:00Z").toEpochMilli());

    // 02:30, past the first end (02:00): still alive, extended again to 03:30.
    jam.maju(Duration.ofMinutes(59));
    assertThat(t.akses.sesi(token)).isPresent();
    assertThat(kedaluwarsaSesi(t, token))
        .isEqualTo(Instant.parse("2026-03-02T03:30:00Z").toEpochMilli());

    jam.maju(Duration.ofMinutes(60));
    assertThat(t.akses.sesi(token)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void logoutEndsThatSessionOnly(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    picBerSandi(t);
    String kantor = berhasil(t.akses.masuk(EMAIL, SANDI)).token();
    String ponsel = berhasil(t.akses.masuk(EMAIL, SANDI)).token();

    t.akses.keluar(t.akses.sesi(kantor).orElseThrow().tokenHash());

    assertThat(t.akses.sesi(kantor)).isEmpty();
    assertThat(t.akses.sesi(ponsel)).isPresent();
    assertThat(t.akses.sesi("")).isEmpty();
    assertThat(t.akses.sesi(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void aDisabledAccountsSessionStopsWorkingAndItCannotLogIn(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);
    String token = berhasil(t.akses.masuk(EMAIL, SANDI)).token();

    t.akses.aturAktif(a.id(), false);

    assertThat(t.akses.sesi(token)).isEmpty();
    Akses.Gagal g = gagal(t.akses.masuk(EMAIL, SANDI));
    assertThat(g.gagal()).isZero();
    assertThat(g.akun().orElseThrow().aktif()).isFalse();
    t.akses.aturAktif(a.id(), true);
    berhasil(t.akses.masuk(EMAIL, SANDI));
  }

  // --- what is stored -----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void tokensAreStoredOnlyAsTheirSha256(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    picBerSandi(t);
    String sesi = berhasil(t.akses.masuk(EMAIL, SANDI)).token();
    Akun b = t.akses.buatAkun("pic.b@instansi.go.id", "PIC B", Akun.Peran.PIC, Optional.of("4012"));
    String undangan = t.akses.undang(b.id());

    List<List<String>> barisSesi = semuaBaris(t, "sesi");
    List<List<String>> barisUndangan = semuaBaris(t, "undangan");

    // Column 1 is token_hash; A's password was set directly, so B's is the only invitation.
    assertThat(barisSesi).extracting(baris -> baris.get(0)).containsExactly(sha256Hex(sesi));
    assertThat(barisUndangan)
        .extracting(baris -> baris.get(0))
        .containsExactly(sha256Hex(undangan));
    assertThat(sha256Hex(sesi)).matches("[0-9a-f]{64}");
    for (List<String> baris : concat(barisSesi, barisUndangan)) {
      for (String sel : baris) {
        assertThat(sel).doesNotContain(sesi).doesNotContain(undangan);
      }
    }
  }

  @Test
  void tokenHashIsTheSha256HexOfTheToken() {
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    assertThat(Token.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void thePasswordIsStoredAsASaltedArgon2idString(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = t.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));
    t.akses.pakaiUndangan(t.akses.undang(a.id()), SANDI).orElseThrow();
    Akun b = t.akses.buatAkun("pic.b@instansi.go.id", "PIC B", Akun.Peran.PIC, Optional.of("4012"));
    t.akses.aturSandiLangsung(b.id(), SANDI);

    List<List<String>> akun = semuaBaris(t, "akun");
    String hashA = akun.get(0).get(5);
    String hashB = akun.get(1).get(5);

    // 16-byte salt: 22 Base64 characters unpadded; 32-byte tag: 43.
    String phc = "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}";
    assertThat(hashA).matches(phc).doesNotContain(SANDI);
    assertThat(hashB).matches(phc).isNotEqualTo(hashA);
    assertThat(Sandi.cocok(SANDI, hashA)).isTrue();
    for (List<String> baris : akun) {
      assertThat(String.join("|", baris)).doesNotContain(SANDI);
    }
  }

  // --- audit log ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void auditWritesTheRowAndExportsItWithTheSameId(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);

    t.audit.catat(a, AuditPortal.Aksi.MASUK, "", "OK", "10.1.2.3");
    jam.maju(Duration.ofSeconds(5));
    t.audit.catat(null, AuditPortal.Aksi.MASUK_GAGAL, "", "DITOLAK", "10.9.9.9");

    assertThat(semuaBaris(t, "audit_portal"))
        .containsExactly(
            List.of(
                "1",
                Long.toString(T0.toEpochMilli()),
                EMAIL,
                "PIC",
                KODE,
                "MASUK",
                "",
                "OK",
                "10.1.2.3"),
            List.of(
                "2",
                Long.toString(T0.plusSeconds(5).toEpochMilli()),
                "",
                "",
                "",
                "MASUK_GAGAL",
                "",
                "DITOLAK",
                "10.9.9.9"));
    assertThat(AuditPortal.baca(t.ws))
        .containsExactly(
            new AuditPortal.Entri(1, T0, EMAIL, "PIC", KODE, "MASUK", "", "OK", "10.1.2.3"),
            new AuditPortal.Entri(
                2, T0.plusSeconds(5), "", "", "", "MASUK_GAGAL", "", "DITOLAK", "10.9.9.9"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void exportRestoresTheLinesTheFileLost(Jenis jenis) throws Exception {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);
    for (String berkas : List.of("a.csv", "b.csv", "c.csv")) {
      t.audit.catat(a, AuditPortal.Aksi.UNGGAH, berkas, "OK", "10.1.2.3");
    }
    Path log = AuditPortal.berkas(t.ws);
    List<String> baris = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(baris).hasSize(3);

    // A crash after the row was committed but before its line reached the file.
    Files.writeString(log, baris.get(0) + "\n" + baris.get(1) + "\n", StandardCharsets.UTF_8);
    assertThat(AuditPortal.baca(t.ws)).extracting(AuditPortal.Entri::id).containsExactly(1L, 2L);
    t.audit.ekspor();
    assertThat(AuditPortal.baca(t.ws))
        .extracting(AuditPortal.Entri::id, AuditPortal.Entri::objek)
        .containsExactly(tuple(1L, "a.csv"), tuple(2L, "b.csv"), tuple(3L, "c.csv"));

    // A crash in the middle of the line: the torn tail is cut, the line written whole.
    String potong = baris.get(2).substring(0, baris.get(2).length() / 2);
    Files.writeString(
        log, baris.get(0) + "\n" + baris.get(1) + "\n" + potong, StandardCharsets.UTF_8);
    t.audit.ekspor();
    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).isEqualTo(baris);

    // Nothing missing: ekspor adds nothing.
    t.audit.ekspor();
    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).isEqualTo(baris);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void theExportedLogHidesANipInAFileName(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);

    t.audit.catat(a, AuditPortal.Aksi.UNGGAH, "pegawai_199001012015011001.csv", "OK", "10.1.2.3");

    assertThat(AuditPortal.baca(t.ws).get(0).objek()).isEqualTo("pegawai_[disamarkan].csv");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Jenis.class)
  void theStoredAuditRowHidesANipInAFileName(Jenis jenis) throws SQLException {
    Toko t = buka(jenis);
    Akun a = picBerSandi(t);

    t.audit.catat(a, AuditPortal.Aksi.UNGGAH, "pegawai_199001012015011001.csv", "OK", "10.1.2.3");

    assertThat(semuaBaris(t, "audit_portal").get(0).get(6)).isEqualTo("pegawai_[disamarkan].csv");
  }

  // --- fixtures -----------------------------------------------------------------------------

  /** One opened store with the portal's classes over it. */
  private final class Toko {
    final PengaturanPortal p;
    final Workspace ws;
    final Penyimpanan db;
    final Akses akses;
    final Audit audit;

    Toko(PengaturanPortal p, Workspace ws) {
      this.p = p;
      this.ws = ws;
      this.db = Penyimpanan.buka(p, ws);
      dibuka.add(db);
      this.akses = new Akses(db, p, jam);
      this.audit = new Audit(db, ws, jam);
    }

    /** The same store opened again (a second portal, or a restart). */
    Toko bukaLagi() {
      return new Toko(p, ws);
    }
  }

  private Toko buka(Jenis jenis) {
    Workspace ws = new Workspace(tmp.resolve("ruang-kerja"));
    PengaturanPortal p =
        switch (jenis) {
          case H2 -> PengaturanPortal.from(BangkomConfig.withOverrides(PENGATURAN), nama -> null);
          case POSTGRESQL -> PG.pengaturan(PENGATURAN);
        };
    assertThat(p.jdbcUrl().isPresent()).isEqualTo(jenis == Jenis.POSTGRESQL);
    if (jenis == Jenis.POSTGRESQL) {
      // The password came through the environment variable the settings name.
      assertThat(p.jdbcSandi()).contains(PG.sandi());
    }
    return new Toko(p, ws);
  }

  /**
   * The PIC of instansi 4011 with password {@link #SANDI}, its hash made once for the class and
   * written directly: Argon2id costs about 0.1 s a hash, and the invitation path has its own tests.
   */
  private static Akun picBerSandi(Toko t) throws SQLException {
    Akun a = t.akses.buatAkun(EMAIL, "PIC A", Akun.Peran.PIC, Optional.of(KODE));
    try (Connection c = t.db.sambung();
        PreparedStatement ps = c.prepareStatement("UPDATE akun SET hash_sandi = ? WHERE id = ?")) {
      ps.setString(1, HASH_SANDI);
      ps.setLong(2, a.id());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    return t.akses.cari(a.id()).orElseThrow();
  }

  private static Akses.Berhasil berhasil(Akses.HasilMasuk h) {
    assertThat(h).isInstanceOf(Akses.Berhasil.class);
    return (Akses.Berhasil) h;
  }

  private static Akses.Gagal gagal(Akses.HasilMasuk h) {
    assertThat(h).isInstanceOf(Akses.Gagal.class);
    return (Akses.Gagal) h;
  }

  private static Akses.Terkunci terkunci(Akses.HasilMasuk h) {
    assertThat(h).isInstanceOf(Akses.Terkunci.class);
    return (Akses.Terkunci) h;
  }

  private static long kedaluwarsaSesi(Toko t, String token) throws SQLException {
    try (Connection c = t.db.sambung();
        PreparedStatement ps =
            c.prepareStatement("SELECT kedaluwarsa FROM sesi WHERE token_hash = ?")) {
      ps.setString(1, sha256Hex(token));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("session row").isTrue();
        return rs.getLong(1);
      }
    }
  }

  private static long hitung(Toko t, String sql) throws SQLException {
    return bacaPanjang(t, sql);
  }

  private static long bacaPanjang(Toko t, String sql) throws SQLException {
    try (Connection c = t.db.sambung();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }

  /** Every row of {@code tabel} ordered by its first column, each cell as text ("" for null). */
  private static List<List<String>> semuaBaris(Toko t, String tabel) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Connection c = t.db.sambung();
        PreparedStatement ps = c.prepareStatement("SELECT * FROM " + tabel + " ORDER BY 1");
        ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> baris = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          String s = rs.getString(i);
          baris.add(s == null ? "" : s);
        }
        out.add(baris);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** SHA-256 hex, computed here rather than through {@link Token#hash}. */
  private static String sha256Hex(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves by hand. */
  static final class JamUji extends Clock {
    private volatile Instant sekarang;

    JamUji(Instant awal) {
      sekarang = awal;
    }

    void maju(Duration d) {
      sekarang = sekarang.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("JamUji is UTC only");
    }

    @Override
    public Instant instant() {
      return sekarang;
    }
  }
}
