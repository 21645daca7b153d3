package io.actionsroi.delivery.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.actionsroi.delivery.EmailModel;
import io.actionsroi.report.Wording;

/** The Slack blocks and the Teams card of a message, read back as the services would get them. */
class ChatMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final URI PRESIGNED = URI.create(
            "https://roi-archive.s3.eu-west-1.amazonaws.com/actions-roi/2026-09-30/actions-roi-2026-09-30.pdf"
                    + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=604800&X-Amz-Signature=abc123");
    private static final String HOSTILE = "Most run this week: <!here> _x_ <@U123> & <https://evil.example|click> (3 runs).";

    @Test
    void slackLinksTheArchivedPdfWithItsAmpersandsEscapedAndShowsAnyonesTextAsPlainText() {
        JsonNode blocks = slack(message(PRESIGNED));

        JsonNode link = blocks.get(blocks.size() - 1).get("text");
        assertThat(link.get("type").asString()).isEqualTo("mrkdwn");
        assertThat(link.get("text").asString()).startsWith("<" + PRESIGNED.toString().replace("&", "&amp;")
                + "|Open the PDF report>");
        List<String> markdown = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        collect(blocks, "mrkdwn", markdown);
        collect(blocks, "plain_text", plain);
        assertThat(plain).contains(HOSTILE);
        assertThat(markdown).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain("<!here>", "<@U123>",
                "evil.example"));
        assertThat(markdown).anySatisfy(text -> assertThat(text).isEqualTo("*Waiting &amp; approvals*\n"
                + "1\u00a0h to date; 0\u00a0h in the last 30 days, ▲ from none in the 30 days before"));
    }

    @Test
    void teamsOpensTheArchivedPdfFromAButtonAndSaysNothingOfFilesThen() {
        JsonNode card = JSON.readTree(TeamsCard.json(message(PRESIGNED))).get("attachments").get(0).get("content");

        JsonNode action = card.get("actions").get(0);
        assertThat(action.get("type").asString()).isEqualTo("Action.OpenUrl");
        assertThat(action.get("url").asString()).isEqualTo(PRESIGNED.toString());
        assertThat(ChatDeliveryFunctionalTests.textRuns(card)).containsExactly(HOSTILE);
        assertThat(card.findValues("text")).extracting(JsonNode::asString)
                .noneSatisfy(text -> assertThat(text).contains("cannot carry"));
    }

    @Test
    void withoutTheArchiveSlackSaysWhereTheReportsAre() {
        JsonNode blocks = slack(message(null));

        JsonNode last = blocks.get(blocks.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("context");
        assertThat(last.get("elements").get(0).get("text").asString())
                .isEqualTo("The full reports (PDF, workbook, JSON) are in /srv/reports/2026-09-30 on the machine that"
                        + " made them.");
    }

    private static ChatMessage message(URI pdfLink) {
        EmailModel.Figure waiting = new EmailModel.Figure("Waiting & approvals", "", "1\u00a0h", "0\u00a0h",
                "▲ from none", "▲ from none in the 30 days before", Wording.Tendency.BAD);
        return new ChatMessage("Actions ROI report, 2026-09-30 (Asia/Tokyo)", null, Wording.month(), List.of(waiting),
                null, List.of(HOSTILE), pdfLink, "/srv/reports/2026-09-30",
                Path.of("/srv/reports/2026-09-30/actions-roi-2026-09-30.pdf"));
    }

    private static JsonNode slack(ChatMessage message) {
        List<LayoutBlock> blocks = SlackMessage.blocks(message, false);
        return JSON.readTree(SlackMessage.json(com.slack.api.webhook.Payload.builder().blocks(blocks).build()))
                .get("blocks");
    }

    private static void collect(JsonNode node, String type, List<String> texts) {
        if (node.isObject() && node.has("type") && node.get("type").asString().equals(type) && node.has("text")) {
            texts.add(node.get("text").asString());
        }
        node.forEach(child -> collect(child, type, texts));
    }
}
