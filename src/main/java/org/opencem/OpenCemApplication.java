package org.opencem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class OpenCemApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenCemApplication.class, args);
    }
}
