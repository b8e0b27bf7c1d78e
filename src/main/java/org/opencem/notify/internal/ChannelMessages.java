package org.opencem.notify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencem.notify.DeliveryChannel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body each kind of channel expects, made when the event is queued. Signatures depend on the
 * moment of sending, so {@link ChannelRequests} adds them then.
 */
public final class ChannelMessages {

    /** Chat bots cut long messages (WeCom at 4096 bytes); the link leads to the rest. */
    private static final int MAX_CHAT_TEXT = 1000;

    private ChannelMessages() {
    }

    /** What an event says, in the tenant's language; {@code link} is absolute or null. */
    public record Content(String title, String text, String link, String openLabel) {
    }

    public static String body(DeliveryChannel kind, Content content, Map<String, Object> webhookEnvelope) {
        Object body = switch (kind) {
            case WEBHOOK -> webhookEnvelope;
            case WECOM -> weCom(content);
            case DINGTALK -> dingTalk(content);
            case FEISHU -> feishu(content);
            case SLACK -> slack(content);
            case EMAIL, SMS -> throw new IllegalArgumentException(kind + " is not a channel kind");
        };
        return JsonMapper.shared().writeValueAsString(body);
    }

    /** WeCom group bot: markdown message, https://developer.work.weixin.qq.com/document/path/91770 */
    private static Map<String, Object> weCom(Content c) {
        StringBuilder md = new StringBuilder("**").append(c.title()).append("**\n").append(shortened(c.text()));
        if (c.link() != null) {
            md.append("\n[").append(c.openLabel()).append("](").append(c.link()).append(")");
        }
        return Map.of("msgtype", "markdown", "markdown", Map.of("content", md.toString()));
    }

    /** DingTalk custom robot: markdown message with a title for the notification preview. */
    private static Map<String, Object> dingTalk(Content c) {
        StringBuilder md = new StringBuilder("#### ").append(c.title()).append("\n\n").append(shortened(c.text()));
        if (c.link() != null) {
            md.append("\n\n[").append(c.openLabel()).append("](").append(c.link()).append(")");
        }
        return Map.of("msgtype", "markdown", "markdown", Map.of("title", c.title(), "text", md.toString()));
    }

    /** Feishu custom bot: an interactive card with a header, the text and a button to the console. */
    private static Map<String, Object> feishu(Content c) {
        List<Object> elements = new ArrayList<>();
        elements.add(Map.of("tag", "div", "text", Map.of("tag", "lark_md", "content", shortened(c.text()))));
        if (c.link() != null) {
            elements.add(Map.of("tag", "action", "actions", List.of(Map.of("tag", "button", "type", "primary",
                    "text", Map.of("tag", "plain_text", "content", c.openLabel()), "url", c.link()))));
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("header", Map.of("title", Map.of("tag", "plain_text", "content", c.title()), "template", "blue"));
        card.put("elements", elements);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msg_type", "interactive");
        body.put("card", card);
        return body;
    }

    /** Slack incoming webhook: {@code text} for notifications and old clients, {@code blocks} for the message. */
    private static Map<String, Object> slack(Content c) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text", c.title())));
        blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", slackEscaped(shortened(c.text())))));
        if (c.link() != null) {
            blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn",
                    "text", "<" + c.link() + "|" + slackEscaped(c.openLabel()) + ">")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", c.title());
        body.put("blocks", blocks);
        return body;
    }

    /** Slack reads &, < and > as markup; the text is the customer's, so it is escaped. */
    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String shortened(String text) {
        return text.length() <= MAX_CHAT_TEXT ? text : text.substring(0, MAX_CHAT_TEXT - 1) + "…";
    }
}
