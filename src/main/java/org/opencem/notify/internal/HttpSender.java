package org.opencem.notify.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.opencem.notify.DeliveryChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON to webhooks, IM bots and SMS gateways with short timeouts, so a slow peer costs one
 * attempt of one delivery and nothing else. Redirects are not followed.
 */
@Component
public class HttpSender {

    private static final int MAX_ERROR_BODY = 300;

    private final RestClient client;

    HttpSender(@Value("${opencem.notify.connect-timeout:3s}") Duration connectTimeout,
               @Value("${opencem.notify.read-timeout:10s}") Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    public Outcome post(DeliveryChannel kind, ChannelRequests.HttpCall call) {
        try {
            return client.post().uri(call.uri())
                    .headers(h -> call.headers().forEach(h::set))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(call.body().getBytes(StandardCharsets.UTF_8))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            return Outcome.failed(status, "HTTP " + status + ": " + shortened(body));
                        }
                        String refusal = refusal(kind, body);
                        return refusal == null ? Outcome.delivered(status) : Outcome.failed(status, refusal);
                    }, true);
        } catch (RestClientException e) {
            return Outcome.failed(null, describe(e));
        }
    }

    /**
     * WeCom, DingTalk and Feishu answer 200 also when they refuse a message, with an error code
     * in the body ({@code errcode}, or {@code code} for Feishu) that is 0 only on success.
     */
    private static String refusal(DeliveryChannel kind, String body) {
        String field = switch (kind) {
            case WECOM, DINGTALK -> "errcode";
            case FEISHU -> "code";
            default -> null;
        };
        if (field == null) {
            return null;
        }
        try {
            JsonNode json = JsonMapper.shared().readTree(body);
            JsonNode code = json.get(field);
            if (code == null || code.asInt() == 0) {
                return null;
            }
            return field + " " + code.asText() + ": " + shortened(body);
        } catch (RuntimeException e) {
            return "Unreadable answer: " + shortened(body);
        }
    }

    private static String describe(RestClientException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String kind = cause instanceof IOException ? cause.getClass().getSimpleName() : e.getClass().getSimpleName();
        return kind + ": " + (cause.getMessage() == null ? "" : cause.getMessage());
    }

    private static String shortened(String text) {
        return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "…";
    }
}
