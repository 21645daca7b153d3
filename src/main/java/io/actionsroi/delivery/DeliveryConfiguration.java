package io.actionsroi.delivery;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;


/** The delivery of the report: the email, its ledger, and the alert to ops when a run fails. */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    @Bean
    ReportMailer reportMailer(EmailProperties email, EmailChannel channel, MailServer server, DeliveryLedger ledger,
            Clock clock) {
        return new ReportMailer(email, channel, EmailTemplates.from(email.templatesDir()), server,
                new SmtpSender(server, ledger, email.retry(), clock), clock);
    }

    @Bean
    TeamRecipients teamRecipients(TeamRecipientsProperties properties) {
        return new TeamRecipients(properties);
    }

    @Bean
    EmailChannel emailChannel(EmailProperties email, MailServer server) {
        return new EmailChannel(email, server);
    }

    /** Spring Boot makes a mail sender only when {@code spring.mail.host} is set. */
    @Bean
    MailServer mailServer(ObjectProvider<JavaMailSenderImpl> sender, EmailProperties email) {
        JavaMailSenderImpl configured = sender.getIfAvailable();
        if (configured != null) {
            SmtpTls.secure(configured, email);
        }
        return new MailServer(configured);
    }

    /** Its table comes from the Flyway migrations, which run first. */
    @Bean
    @DependsOnDatabaseInitialization
    DeliveryLedger deliveryLedger(DataSource dataSource) {
        return new DeliveryLedger(dataSource);
    }
}
