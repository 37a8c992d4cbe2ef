package id.go.lan.bangkom.schedules.delivery;

/** How the SMTP connection is protected ({@code pengiriman.smtp.keamanan}). */
public enum Security {
  /** Plain SMTP: only for a relay on the same host or a test server. */
  NONE,
  /** SMTP upgraded with STARTTLS; the upgrade is required, never skipped. */
  STARTTLS,
  /** SMTP over TLS from the first byte (SMTPS). */
  SSL
}
