package io.actionsroi.delivery.chat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.actionsroi.delivery.DeliveryLedger;

/** The chat delivery: the Slack and Teams targets that the settings name. */
@Configuration
public class ChatConfiguration {

    @Bean
    ChatDelivery chatDelivery(SlackProperties slackSettings, TeamsProperties teams, ChatProperties chat,
            DeliveryLedger ledger, Clock clock) {
        return new ChatDelivery(chat.enabled() ? targets(slackSettings, teams, chat) : List.of(), ledger,
                new Attempts(chat), clock);
    }

    /** The targets set: the Slack webhook, the Slack bot, the Teams webhook, in that order. */
    private static List<ChatTarget> targets(SlackProperties slackSettings, TeamsProperties teams, ChatProperties chat) {
        List<ChatTarget> targets = new ArrayList<>();
        if (slackSettings.webhook().isPresent() || slackSettings.hasBot()) {
            Slack slack = slack(slackSettings, chat);
            slackSettings.webhook().ifPresent(url -> targets.add(SlackWebhook.target(slack, url)));
            if (slackSettings.hasBot()) {
                targets.add(SlackBot.target(slack.methods(slackSettings.token().strip()),
                        slackSettings.channel().strip()));
            }
        }
        teams.webhook().ifPresent(url -> targets.add(TeamsWebhook.target(HttpClient.newBuilder()
                .connectTimeout(chat.timeout())
                .build(), url, chat.timeout())));
        return targets;
    }

    /**
     * The Slack SDK's client, without its HTTP listeners: at DEBUG they log each request's URL (an incoming
     * webhook's is its secret) and body. Without its statistics either, which cost an extra auth.test call per
     * token. Retries are ours ({@link Attempts}).
     */
    private static Slack slack(SlackProperties settings, ChatProperties chat) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.methodsUrlPrefix());
        config.setHttpClientResponseHandlers(new ArrayList<>());
        config.getMethodsConfig().setStatsEnabled(false);
        config.setHttpClientCallTimeoutMillis((int) chat.timeout().toMillis());
        return Slack.getInstance(config);
    }
}
