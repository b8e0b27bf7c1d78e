/**
 * Notifications: in-app messages, email, SMS to customers, signed webhooks and IM group bots
 * (WeCom, DingTalk, Feishu, Slack), delivered behind the caller's transaction with retries and a log.
 * The root package is the API: {@link org.opencem.notify.Notifications} only inserts delivery rows in
 * the caller's transaction; {@link org.opencem.notify.DeliveryWorker} sends them. {@code internal}
 * and {@code web} are private.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "organization", "platform"})
package org.opencem.notify;
