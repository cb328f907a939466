package com.propaganda.dashboard.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can hear of; the codes are the deliveries' {@code type}. */
public enum WebhookEvent {
  CALL_CREATED("call.created", "A call was logged"),
  CALL_UPDATED("call.updated", "A call changed"),
  CALL_DELETED("call.deleted", "A call was deleted"),
  LOSS_REASON_CHANGED("loss-reason.changed", "The loss reason catalogue changed");

  private final String code;
  private final String label;

  WebhookEvent(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<WebhookEvent> of(String code) {
    return Arrays.stream(values()).filter(event -> event.code.equals(code)).findFirst();
  }
}
