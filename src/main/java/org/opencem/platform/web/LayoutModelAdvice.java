package org.opencem.platform.web;

import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the signed-in user, for the navigation and the user menu. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUserArgumentResolver.signedIn().orElse(null);
    }
}
