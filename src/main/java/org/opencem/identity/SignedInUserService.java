package org.opencem.identity;

import java.util.Locale;

import org.opencem.platform.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class SignedInUserService implements UserDetailsService {

    private final UserAccounts accounts;

    SignedInUserService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccounts.Credentials credentials = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return signedIn(credentials.tenantId(), credentials.userId(), credentials.passwordHash());
    }

    /** The principal of a user, with their role and scope as they are now. */
    SignedInUser signedIn(java.util.UUID tenantId, java.util.UUID userId, String passwordHash) {
        UserAccount user = accounts.find(tenantId, userId).orElseThrow();
        Locale locale = user.locale() == null ? null : Locale.forLanguageTag(user.locale());
        CurrentUser current = new CurrentUser(user.tenantId(), user.id(), user.username(), user.displayName(),
                user.role(), accounts.scopeOf(user), locale);
        return new SignedInUser(current, passwordHash);
    }
}
