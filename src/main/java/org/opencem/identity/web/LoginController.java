package org.opencem.identity.web;

import java.util.List;

import org.opencem.platform.DemoLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ObjectProvider<DemoLogin> demoLogins;

    LoginController(ObjectProvider<DemoLogin> demoLogins) {
        this.demoLogins = demoLogins;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<DemoLogin> logins = demoLogins.orderedStream().toList();
        model.addAttribute("demoLogins", logins);
        return "identity/login";
    }
}
