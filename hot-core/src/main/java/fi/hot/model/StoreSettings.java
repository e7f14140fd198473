package fi.hot.model;

/**
 * How a store treats what is captured into it; kept in the store, so every capture path and every
 * process writing to it follow the same rules.
 *
 * <pre>{@code
 * store.updateSettings(store.settings().withRedaction(false));   // this store keeps personal data
 * }</pre>
 *
 * @param redactPersonalData whether captures replace e-mail addresses, phone numbers, identity
 *     codes, IBANs and card numbers with placeholders (the default); a capture can still opt out on
 *     its own, but not opt in when the store says no
 */
public record StoreSettings(boolean redactPersonalData) {

  /** What a new store starts with: personal data is redacted. */
  public static final StoreSettings DEFAULTS = new StoreSettings(true);

  public StoreSettings withRedaction(boolean redact) {
    return new StoreSettings(redact);
  }
}
