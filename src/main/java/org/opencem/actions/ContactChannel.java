package org.opencem.actions;

/** How a case's handler writes to the customer. */
public enum ContactChannel {
    EMAIL, SMS
}
