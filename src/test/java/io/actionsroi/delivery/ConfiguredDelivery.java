package io.actionsroi.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The delivery as the application configures it from its settings (its application.yml, then the
 * {@code spring.mail.*} and {@code report.email.*} a test gives), with the ledger in an H2 database in
 * memory (its table from the migrations): sends a message the way the delivery step does, without running
 * the job around it.
 */
final class ConfiguredDelivery implements AutoCloseable {

    static final String FROM = "actions-roi@example.com";
    private static final LocalDate DATE = LocalDate.of(2026, 9, 30);

    private final ConfigurableApplicationContext context;
    private final AtomicLong deliveries = new AtomicLong();

    private ConfiguredDelivery(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The delivery's beans for an SMTP server on 127.0.0.1:{@code port}, with {@code settings} on top. */
    static ConfiguredDelivery to(int port, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--report.email.from=" + FROM));
        args.addAll(List.of(settings));
        return new ConfiguredDelivery(new SpringApplicationBuilder(Beans.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new)));
    }

    /**
     * Sends a small message to each recipient, as a delivery of its own.
     *
     * @throws DeliveryException as the delivery step would, naming who did not get it
     */
    SmtpSender.Outcome send(String... recipients) {
        MailServer server = context.getBean(MailServer.class);
        SmtpSender sender = new SmtpSender(server, context.getBean(DeliveryLedger.class),
                context.getBean(EmailProperties.class).retry(), Clock.systemUTC());
        try {
            MimeMessage message = new MimeMessage(server.session());
            message.setFrom(new InternetAddress(FROM));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", recipients)));
            message.setSubject("Actions ROI, " + DATE);
            message.setText("The report.");
            message.saveChanges();
            return sender.send(message, List.of(recipients), DeliveryKey.organisationEmail(deliveries.incrementAndGet()),
                    DATE);
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * What the application makes of the delivery's settings, and nothing else. Not a {@code @Configuration}:
     * the application's own component scan would pick it up in the other tests.
     */
    @EnableConfigurationProperties({EmailProperties.class, TeamRecipientsProperties.class})
    @ImportAutoConfiguration({MailSenderAutoConfiguration.class, DataSourceAutoConfiguration.class,
            FlywayAutoConfiguration.class, ValidationAutoConfiguration.class})
    @Import(DeliveryConfiguration.class)
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
