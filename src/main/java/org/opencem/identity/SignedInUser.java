package org.opencem.identity;

import java.util.List;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.CurrentUserHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authentication principal: Spring Security's user carrying OpenCEM's view of the person. */
class SignedInUser extends User implements CurrentUserHolder {

    private final CurrentUser currentUser;

    SignedInUser(CurrentUser currentUser, String passwordHash) {
        super(currentUser.username(), passwordHash, List.of(new SimpleGrantedAuthority(currentUser.role().authority())));
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
