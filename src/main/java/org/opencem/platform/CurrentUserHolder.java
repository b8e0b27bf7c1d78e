package org.opencem.platform;

/** Implemented by the authentication principal, so the web layer can hand out {@link CurrentUser}. */
public interface CurrentUserHolder {

    CurrentUser currentUser();
}
