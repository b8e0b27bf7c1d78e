package org.opencem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the real login form, so the session holds the same principal (and
 * {@code CurrentUser}) as in production. Pass the session to later requests with {@code .session(...)}.
 */
public final class SignIn {

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
        return as(mvc, username, TestFixtures.PASSWORD);
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
