package id.go.lan.bangkom.cli;

import picocli.CommandLine.Command;

/**
 * {@code ./bangkom tindak-lanjut}: the follow-up of the sounding by LAN's Analis Bangkom (issue
 * 16). A parent only; each part is a subcommand class of its own.
 */
@Command(
    name = "tindak-lanjut",
    mixinStandardHelpOptions = true,
    description = "Tindak lanjut sounding oleh Analis Bangkom LAN.",
    subcommands = {TindakLanjutPenugasanCommand.class, TindakLanjutDaftarCommand.class})
final class TindakLanjutCommand {}
