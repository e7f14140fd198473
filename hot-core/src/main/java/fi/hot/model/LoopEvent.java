package fi.hot.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in closing the loop on a statement: its status changed, or the customer was told. Events
 * are only ever appended; the current state is derived from them ({@link LoopState}).
 *
 * <pre>{@code
 * store.recordLoopEvent(LoopEvent.status(id, LoopStatus.DONE, Instant.parse("2026-10-12T09:00:00Z"),
 *     "anna", "Hyvityslasku lähetetty."));
 * store.recordLoopEvent(LoopEvent.informed(id, ContactChannel.EMAIL,
 *     Instant.parse("2026-10-13T08:00:00Z"), "anna", ""));
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param id stable id derived from every other component ({@link #idFor}), so that recording the
 *     same event twice keeps it once
 * @param statementId the statement it is about
 * @param type a status change or the customer being informed
 * @param status the new status; present exactly for {@link Type#STATUS}
 * @param via how the customer was informed; present exactly for {@link Type#INFORMED}
 * @param at when it happened
 * @param by who did it; empty when not known
 * @param note what was done, decided or said; empty when none
 */
public record LoopEvent(
    String id,
    String statementId,
    Type type,
    Optional<LoopStatus> status,
    Optional<ContactChannel> via,
    Instant at,
    String by,
    String note) {

  /** What kind of step an event is. */
  public enum Type {
    /** The status changed. */
    STATUS,
    /** The customer was told where things stand. */
    INFORMED
  }

  public LoopEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(at, "at");
    if (id.isBlank()) {
      throw new IllegalArgumentException("loop event id is blank");
    }
    if (statementId.isBlank()) {
      throw new IllegalArgumentException("statement id is blank");
    }
    if (type == Type.STATUS && (status.isEmpty() || via.isPresent())) {
      throw new IllegalArgumentException("a status event needs a status and no channel");
    }
    if (type == Type.INFORMED && (via.isEmpty() || status.isPresent())) {
      throw new IllegalArgumentException("an informed event needs a channel and no status");
    }
    by = by == null ? "" : by.strip();
    note = note == null ? "" : note.strip();
  }

  /**
   * The same event with another note (the store redacts personal data in notes with it); the id
   * follows the content, so it is computed again.
   */
  public LoopEvent withNote(String newNote) {
    return of(statementId, type, status, via, at, by, newNote);
  }

  /** The statement's status changed to {@code status}. */
  public static LoopEvent status(
      String statementId, LoopStatus status, Instant at, String by, String note) {
    Objects.requireNonNull(status, "status");
    return of(statementId, Type.STATUS, Optional.of(status), Optional.empty(), at, by, note);
  }

  /** The customer was told where things stand with the statement, on {@code via}. */
  public static LoopEvent informed(
      String statementId, ContactChannel via, Instant at, String by, String note) {
    Objects.requireNonNull(via, "via");
    return of(statementId, Type.INFORMED, Optional.empty(), Optional.of(via), at, by, note);
  }

  private static LoopEvent of(
      String statementId,
      Type type,
      Optional<LoopStatus> status,
      Optional<ContactChannel> via,
      Instant at,
      String by,
      String note) {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(at, "at");
    String b = by == null ? "" : by.strip();
    String n = note == null ? "" : note.strip();
    String what = status.map(LoopStatus::code).orElseGet(() -> via.get().code());
    return new LoopEvent(
        idFor(statementId.strip(), type, what, at, b, n),
        statementId.strip(),
        type,
        status,
        via,
        at,
        b,
        n);
  }

  /** 16 hex digits of SHA-256 over the event's content. */
  static String idFor(
      String statementId, Type type, String what, Instant at, String by, String note) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = String.join("\u0000", statementId, type.name(), what, at.toString(), by, note);
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
