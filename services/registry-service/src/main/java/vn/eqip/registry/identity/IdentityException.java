package vn.eqip.registry.identity;

/** The identity provider refused or could not be reached; {@link #reason()} says which. */
public class IdentityException extends RuntimeException {

  public enum Reason {
    DUPLICATE_USERNAME,
    DUPLICATE_EMAIL,
    DUPLICATE_GROUP,
    NOT_FOUND,
    REJECTED,
    UNAVAILABLE
  }

  private final Reason reason;

  public IdentityException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public IdentityException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
