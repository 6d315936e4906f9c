package org.qianliyan.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QianliyanApplication {
    public static void main(String[] args) {
        SpringApplication.run(QianliyanApplication.class, args);
    }
}
