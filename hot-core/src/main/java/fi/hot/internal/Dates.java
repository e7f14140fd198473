package fi.hot.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one place dates are read and written. Times without an offset are taken as UTC, so that the
 * same file gives the same ids and months on every machine.
 */
public final class Dates {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private Dates() {}

  /**
   * Reads {@code 2026-03-04}, {@code 2026-03-04T10:15}, {@code 2026-03-04 10:15:30}, {@code
   * 2026-03-04T10:15:00Z} or {@code 2026-03-04T12:15:00+02:00}.
   *
   * @throws IllegalArgumentException with a message fit for a user, naming the value
   */
  public static Instant parse(String value) {
    String v = value.strip().replace(' ', 'T');
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(v).toInstant();
      }
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "bad date '"
              + value
              + "' (expected 2026-03-04, 2026-03-04T10:15 or 2026-03-04T10:15:00Z)");
    }
  }

  /** The UTC month of an instant, {@code 2026-03}. */
  public static String month(Instant instant) {
    return YearMonth.from(instant.atOffset(ZoneOffset.UTC)).format(MONTH);
  }

  /** The UTC day of an instant, {@code 2026-03-04}. */
  public static String day(Instant instant) {
    try {
      return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("instant out of range: " + instant, e);
    }
  }
}
