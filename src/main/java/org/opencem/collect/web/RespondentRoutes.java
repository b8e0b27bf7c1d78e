package org.opencem.collect.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Routes the public links ahead of the annotated mappings: a pattern URL would otherwise be
 * checked against every mapping of the console and the API, a fifth of the respondent's CPU.
 */
@Configuration(proxyBeanMethods = false)
class RespondentRoutes {

    @Bean
    SimpleUrlHandlerMapping respondentHandlerMapping(RespondentController respondent) {
        return new SimpleUrlHandlerMapping(Map.of("/s/*", respondent, "/s/*/thanks", respondent), Ordered.HIGHEST_PRECEDENCE);
    }
}
