package io.actionsroi.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.actionsroi.tls.TestCertificates;

/** The SMTP connection through a corporate HTTP proxy, as docs/settings.md documents it. */
class SmtpProxyTest {

    @Test
    void throughAnHttpProxyTheLoginAndTheEmailGoThroughItsTunnelOverStartTls() throws Exception {
        TestCertificates certificates = TestCertificates.get();
        try (ScriptedSmtp smtp = ScriptedSmtp.withStartTls(certificates.serverContext()); ConnectProxy proxy = new ConnectProxy();
                ConfiguredDelivery delivery = ConfiguredDelivery.to(smtp.port(),
                        "--spring.mail.properties[mail.smtp.proxy.host]=127.0.0.1",
                        "--spring.mail.properties[mail.smtp.proxy.port]=" + proxy.port(),
                        "--spring.mail.username=actions-roi", "--spring.mail.password=the-smtp-password",
                        "--report.email.trust-store=" + certificates.caPem())) {
            // given
            smtp.acceptLogin("actions-roi", "the-smtp-password");

            // when
            delivery.send("cfo@example.com");

            // then
            assertThat(proxy.tunnels()).containsExactly("CONNECT 127.0.0.1:" + smtp.port() + " HTTP/1.1");
            assertThat(smtp.mailboxOf("cfo@example.com")).hasSize(1);
        }
    }
}
