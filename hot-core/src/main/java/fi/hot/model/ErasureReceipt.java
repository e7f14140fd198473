package fi.hot.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Proof that a customer was forgotten: when, how much was removed, and a hash of the customer id,
 * never the id itself, so the receipt holds no personal data.
 *
 * <pre>{@code
 * ErasureReceipt r = store.forget("kahvila-aroma");
 * r.total();                           // statements, profile versions, loop events, label changes
 * r.customerHash().equals(ErasureReceipt.hash("kahvila-aroma"));   // true
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param at when the customer was forgotten
 * @param customerHash the SHA-256 of the customer id ({@link #hash}), 64 lower-case hex digits
 * @param statements how many statements were removed
 * @param profileVersions how many versions of the profile were removed
 * @param loopEvents how many loop events of the customer's statements were removed
 * @param labelChanges how many entries of the label history of the customer's statements (a
 *     person's relabels) were removed
 */
public record ErasureReceipt(
    Instant at,
    String customerHash,
    long statements,
    long profileVersions,
    long loopEvents,
    long labelChanges) {

  public ErasureReceipt {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(customerHash, "customerHash");
    if (!customerHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "customerHash '" + customerHash + "' is not 64 lower-case hex digits");
    }
    if (statements < 0 || profileVersions < 0 || loopEvents < 0 || labelChanges < 0) {
      throw new IllegalArgumentException(
          "counts are negative: "
              + statements
              + " statements, "
              + profileVersions
              + " profile versions, "
              + loopEvents
              + " loop events, "
              + labelChanges
              + " label changes");
    }
  }

  /** The SHA-256 of a customer id (stripped, UTF-8), in lower-case hex. */
  public static String hash(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(customerId.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException(e);
    }
  }

  /** Everything removed: statements, profile versions, loop events and label changes. */
  public long total() {
    return statements + profileVersions + loopEvents + labelChanges;
  }
}
