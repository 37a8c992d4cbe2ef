package id.go.lan.bangkom.cli;

import picocli.CommandLine.Command;

/**
 * {@code ./bangkom tindak-lanjut}: the follow-up loop of the Analis Bangkom (issue 16). Each part
 * is its own subcommand class.
 */
@Command(
    name = "tindak-lanjut",
    description = "Tindak lanjut sounding oleh Analis Bangkom: daftar kerja per analis.",
    subcommands = {TindakLanjutDaftarCommand.class})
final class TindakLanjutCommand {}
