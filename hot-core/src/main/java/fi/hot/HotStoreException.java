package fi.hot;

/** The store could not be opened, read or written; the message names the store. */
public class HotStoreException extends HotException {

  public HotStoreException(String message) {
    super(message);
  }

  public HotStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
