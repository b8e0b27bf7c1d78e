package org.opencem.notify.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opencem.notify.DeliveryChannel;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a queued body into the HTTP request of its channel, signed for the moment it is sent:
 * peers refuse old timestamps, so a retry signs again.
 */
public final class ChannelRequests {

    /** The header a webhook receiver checks; see the README's "Webhooks" section. */
    public static final String SIGNATURE_HEADER = "X-OpenCEM-Signature";

    private ChannelRequests() {
    }

    public record HttpCall(URI uri, Map<String, String> headers, String body) {
    }

    public static HttpCall prepare(DeliveryChannel kind, String url, String secret, String body, Instant now,
                                   UUID deliveryId, String eventType) {
        boolean signed = secret != null && !secret.isBlank();
        Map<String, String> headers = new LinkedHashMap<>();
        return switch (kind) {
            case WEBHOOK -> {
                headers.put("X-OpenCEM-Event", eventType);
                headers.put("X-OpenCEM-Delivery", deliveryId.toString());
                if (signed) {
                    headers.put(SIGNATURE_HEADER, webhookSignature(secret, now.getEpochSecond(), body));
                }
                yield new HttpCall(URI.create(url), headers, body);
            }
            case DINGTALK -> {
                if (!signed) {
                    yield new HttpCall(URI.create(url), headers, body);
                }
                long millis = now.toEpochMilli();
                String sign = base64(hmac(secret.getBytes(StandardCharsets.UTF_8), millis + "\n" + secret));
                String query = "timestamp=" + millis + "&sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8);
                yield new HttpCall(URI.create(url + (url.contains("?") ? "&" : "?") + query), headers, body);
            }
            case FEISHU -> {
                if (!signed) {
                    yield new HttpCall(URI.create(url), headers, body);
                }
                long seconds = now.getEpochSecond();
                // Feishu keys the HMAC with "timestamp\nsecret" and signs nothing
                String sign = base64(hmac((seconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), ""));
                ObjectNode json = (ObjectNode) JsonMapper.shared().readTree(body);
                json.put("timestamp", String.valueOf(seconds));
                json.put("sign", sign);
                yield new HttpCall(URI.create(url), headers, JsonMapper.shared().writeValueAsString(json));
            }
            case WECOM, SLACK -> new HttpCall(URI.create(url), headers, body);
            case EMAIL, SMS -> throw new IllegalArgumentException(kind + " does not go to a channel");
        };
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>}. */
    public static String webhookSignature(String secret, long epochSecond, String body) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8), epochSecond + "." + body);
        return "t=" + epochSecond + ",v1=" + HexFormat.of().formatHex(mac);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
