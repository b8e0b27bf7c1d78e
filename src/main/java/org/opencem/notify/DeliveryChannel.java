package org.opencem.notify;

/** How a delivery travels. The last five are the kinds of channel a tenant configures. */
public enum DeliveryChannel {
    EMAIL, SMS, WEBHOOK, WECOM, DINGTALK, FEISHU, SLACK;

    public boolean isConfigurable() {
        return this != EMAIL && this != SMS;
    }
}
