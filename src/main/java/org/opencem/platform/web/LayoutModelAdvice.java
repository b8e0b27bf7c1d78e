package org.opencem.platform.web;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.CurrentUserHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the signed-in user, for the navigation and the user menu. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder
                ? holder.currentUser() : null;
    }
}
