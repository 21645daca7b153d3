package io.actionsroi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs one report, then exits with the job's outcome as the process exit code. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ActionsRoiApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ActionsRoiApplication.class, args)));
    }
}
