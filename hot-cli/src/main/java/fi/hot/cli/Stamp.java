package fi.hot.cli;

import fi.hot.internal.Dates;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Who made a change and when: the --by and --at the loop, profile and goal commands share. */
final class Stamp {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Stamp() {}

  /** The name given, else $HOT_USER, else $USER, else empty. */
  static String author(String by) {
    if (by != null) {
      return by.strip();
    }
    String user = System.getenv("HOT_USER");
    if (user == null || user.isBlank()) {
      user = System.getenv("USER");
    }
    return user == null ? "" : user.strip();
  }

  /** The time given (a date or a time, UTC), else now. */
  static Instant time(String at) {
    return at == null ? Instant.now() : Dates.parse(at);
  }

  /** {@code 2026-03-04 10:15}, UTC. */
  static String minute(Instant t) {
    return MINUTE.format(t);
  }

  /** {@code 20.0%} for a share, for tables. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
