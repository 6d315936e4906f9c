package org.qianliyan.portal;

import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of {@code qianliyan.jar}: {@code serve} (the default) or a one-shot command. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QianliyanApplication {

    public static void main(String[] args) {
        if (QianliyanCli.isServe(args)) {
            SpringApplication.run(QianliyanApplication.class, QianliyanCli.settings(args));
        } else {
            System.exit(QianliyanCli.run(args, CliStreams.system()));
        }
    }
}
