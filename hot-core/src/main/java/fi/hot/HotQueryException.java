package fi.hot;

/** A search query that cannot be understood; the message says what is wrong with it. */
public class HotQueryException extends HotException {

  public HotQueryException(String message) {
    super(message);
  }

  public HotQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
