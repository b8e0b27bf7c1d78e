package org.opencem.platform;

/** A sign-in shown on the login page while the demo tenant is installed. */
public record DemoLogin(String username, String password, String roleKey, String description) {
}
