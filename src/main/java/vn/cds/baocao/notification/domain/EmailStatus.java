package vn.cds.baocao.notification.domain;

/** Where the e-mail copy of a notification stands. */
public enum EmailStatus {
    /** No e-mail: the mail server is not configured or the recipient has no address. */
    NOT_SENT,
    /** Waiting to be sent (after the action that caused it committed). */
    PENDING,
    /** Claimed by one sender; protects against sending twice. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** The mail server refused or could not be reached; retried later up to a limit. */
    FAILED
}
