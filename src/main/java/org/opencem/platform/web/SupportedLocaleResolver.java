package org.opencem.platform.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Chinese or English: the language asked for in the URL, else the one the person chose (kept in
 * a cookie), else their browser's.
 * Anything that is not Chinese is answered in English.
 */
class SupportedLocaleResolver implements LocaleResolver {

    static final String COOKIE = "opencem-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if (requested != null && !requested.isBlank()) {
            return WebConfig.supported(Locale.forLanguageTag(requested));
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return WebConfig.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return WebConfig.supported(request.getLocale());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = WebConfig.supported(locale);
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        request.setAttribute(LocaleResolver.class.getName() + ".LOCALE", chosen);
    }
}
