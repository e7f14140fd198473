package fi.hot;

/** Bad input or a bad store: the caller can report it and carry on. The base of HOT's errors. */
public class HotException extends RuntimeException {

  public HotException(String message) {
    super(message);
  }

  public HotException(String message, Throwable cause) {
    super(message, cause);
  }
}
