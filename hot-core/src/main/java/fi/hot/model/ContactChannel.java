package fi.hot.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How we reach a customer: the channels a profile prefers or avoids and the channel a customer was
 * informed on. A different set from {@link Channel}, where a statement was heard: a customer may
 * complain in a store and want the answer by email, and "no text messages" needs {@link #SMS}.
 *
 * <pre>{@code
 * ContactChannel.parse("sms");    // SMS
 * ContactChannel.parse("call");   // PHONE: the word people use for it
 * }</pre>
 */
public enum ContactChannel {
  /** Email. */
  EMAIL,
  /** A phone call. */
  PHONE,
  /** A text message. */
  SMS,
  /** A letter by post. */
  LETTER,
  /** Face to face. */
  MEETING,
  /** A video call. */
  VIDEO,
  /** Chat on a web site or in an app. */
  CHAT,
  /** A notification or message in our app or customer portal. */
  APP,
  /** A social media message. */
  SOCIAL;

  private static final Map<String, ContactChannel> ALIASES =
      Map.of("call", PHONE, "text", SMS, "post", LETTER, "portal", APP);

  /**
   * Parses a channel name case-insensitively; {@code call}, {@code text}, {@code post} and {@code
   * portal} are accepted for phone, sms, letter and app.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static ContactChannel parse(String name) {
    if (name != null) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      ContactChannel alias = ALIASES.get(key);
      if (alias != null) {
        return alias;
      }
      for (ContactChannel c : values()) {
        if (c.code().equals(key)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown contact channel '" + name + "' (expected " + names() + ")");
  }

  /** The accepted names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(ContactChannel::code).collect(Collectors.joining(", "));
  }

  /** The lower-case name used in files and on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
