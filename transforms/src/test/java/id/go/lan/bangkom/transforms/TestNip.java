package id.go.lan.bangkom.transforms;

/**
 * Readable NIPs for tests ("A", "J1") written as the digits a lake NIP is made of (ingestion admits
 * only 18-digit NIPs, and the transforms key records by the NIP as a number): each character as its
 * two-digit code, so "J1" is "7449". {@link #nama} reads it back.
 */
final class TestNip {
  private TestNip() {}

  static String of(String nama) {
    StringBuilder digits = new StringBuilder();
    for (char c : nama.toCharArray()) {
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("test NIP names use 0-9 and A-Z: " + nama);
      }
      digits.append((int) c);
    }
    return digits.toString();
  }

  static String nama(String nip) {
    StringBuilder nama = new StringBuilder();
    for (int i = 0; i < nip.length(); i += 2) {
      nama.append((char) Integer.parseInt(nip.substring(i, i + 2)));
    }
    return nama.toString();
  }
}
