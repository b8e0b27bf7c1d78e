package org.opencem.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.opencem.identity.ApiTokens;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own API tokens: make one (shown once), see when each was last used, revoke. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

    private static final int NAME_MAX = 100;

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.mine(me));
        return "identity/tokens";
    }

    @PostMapping
    String create(CurrentUser me, @RequestParam(defaultValue = "") String name, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        String error = name.isBlank() ? "common.required" : name.length() > NAME_MAX ? "token.error.tooLong" : null;
        if (error != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("nameError", error);
            model.addAttribute("name", name);
            return list(me, model);
        }
        redirect.addFlashAttribute("newToken", tokens.create(me, name));
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID id) {
        tokens.revoke(me, id);
        return "redirect:/account/tokens";
    }
}
