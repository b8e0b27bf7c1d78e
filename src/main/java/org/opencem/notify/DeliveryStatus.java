package org.opencem.notify;

/**
 * PENDING waits for its time (or for SMTP / an SMS gateway to be configured), SENDING is held by a
 * worker, SENT reached the peer, FAILED gave up after the last attempt.
 */
public enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED
}
