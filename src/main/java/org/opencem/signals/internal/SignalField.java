package org.opencem.signals.internal;

import java.util.List;
import java.util.Locale;

/** The fields a column of an uploaded file can be mapped to, with the header names that suggest each. */
public enum SignalField {
    EXTERNAL_ID("externalId", true, "id", "externalid", "reviewid", "postid", "ticketid", "callid", "编号", "评价id", "评论id", "工单号", "帖子id"),
    STORE("store", true, "store", "storecode", "shop", "shopcode", "branch", "门店", "门店编码", "门店代码", "店铺"),
    OCCURRED_AT("occurredAt", true, "time", "date", "datetime", "createdat", "postedat", "occurredat", "时间", "日期", "评价时间", "发布时间", "创建时间"),
    RATING("rating", false, "rating", "stars", "star", "score", "评分", "星级", "打分"),
    TITLE("title", false, "title", "subject", "headline", "标题", "主题"),
    TEXT("text", false, "text", "content", "review", "body", "comment", "message", "内容", "评价内容", "评论", "正文", "描述"),
    AUTHOR("author", false, "author", "user", "username", "nickname", "作者", "昵称", "用户名"),
    CUSTOMER_ID("customerId", false, "customerid", "customer", "memberid", "客户编号", "会员号", "客户id"),
    CATEGORY("category", false, "category", "type", "分类", "类别", "类型"),
    CHANNEL("channel", false, "channel", "site", "platform", "来源", "平台", "渠道"),
    LANGUAGE("language", false, "language", "lang", "语言"),
    TRANSCRIPT("transcript", false, "transcript", "conversation", "dialogue", "通话记录", "对话", "对话记录");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    SignalField(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.headers = List.of(headers);
    }

    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "signals.field." + key;
    }

    /** Whether a header names this field: case, spaces, dashes and underscores aside. */
    boolean suggestedBy(String header) {
        return headers.contains(normalize(header));
    }

    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
