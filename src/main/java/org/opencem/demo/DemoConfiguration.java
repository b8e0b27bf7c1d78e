package org.opencem.demo;

import org.opencem.platform.DemoLogin;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With the demo on, the login page lists the demo sign-ins, in the blueprint's order. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opencem.demo.enabled", havingValue = "true")
class DemoConfiguration {

    @Bean
    static BeanDefinitionRegistryPostProcessor demoLogins() {
        return registry -> {
            int order = 0;
            for (DemoBlueprint.Person person : DemoBlueprint.PEOPLE) {
                DemoLogin login = new DemoLogin(person.username(), DemoBlueprint.PASSWORD, person.role().messageKey(),
                        person.loginNote());
                AbstractBeanDefinition definition = BeanDefinitionBuilder
                        .genericBeanDefinition(DemoLogin.class, () -> login).getBeanDefinition();
                definition.setAttribute(AbstractBeanDefinition.ORDER_ATTRIBUTE, order++);
                registry.registerBeanDefinition("demoLogin." + person.username(), definition);
            }
        };
    }
}
