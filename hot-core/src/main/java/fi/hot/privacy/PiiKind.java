package fi.hot.privacy;

import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of personal data the {@link Redactor} finds, each with the placeholder that replaces it
 * in stored text.
 *
 * <pre>{@code
 * PiiKind.PHONE.placeholder();   // "[phone]"
 * PiiKind.parse("iban");         // IBAN
 * }</pre>
 */
public enum PiiKind {
  /** An e-mail address. */
  EMAIL,
  /** A phone number, Finnish or international. */
  PHONE,
  /** A Finnish personal identity code (henkilötunnus) with a valid check character. */
  HETU,
  /** An international bank account number with valid mod-97 check digits. */
  IBAN,
  /** A payment card number that passes the Luhn check and has an issuer's prefix. */
  CARD;

  /**
   * The lower-case name: {@code email}, {@code phone}, {@code hetu}, {@code iban}, {@code card}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * What replaces a finding of this kind: the label in square brackets, such as {@code [email]}.
   */
  public String placeholder() {
    return "[" + label() + "]";
  }

  /**
   * The kind with this label, in any case.
   *
   * @throws IllegalArgumentException when no kind has this label
   */
  public static PiiKind parse(String label) {
    Objects.requireNonNull(label, "label");
    for (PiiKind k : values()) {
      if (k.label().equalsIgnoreCase(label.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind of personal data '" + label + "': email, phone, hetu, iban or card");
  }
}
