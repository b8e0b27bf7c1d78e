package org.opencem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs in through the real login form. Sessions live in the database, so what a test carries to
 * later requests is the session cookie, as a browser would: {@code .with(SignIn.as(mvc, username))}.
 */
public final class SignIn {

    private SignIn() {
    }

    public static Session as(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, TestFixtures.PASSWORD);
    }

    public static Session as(MockMvc mvc, String username, String password) throws Exception {
        Cookie cookie = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        return new Session(cookie);
    }

    /** A signed-in browser's session cookie, added to each request it is used with. */
    public record Session(Cookie cookie) implements RequestPostProcessor {

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            request.setCookies(cookie);
            return request;
        }
    }
}
