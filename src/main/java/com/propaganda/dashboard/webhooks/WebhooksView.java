package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.web.FacesFeedback;
import com.propaganda.dashboard.web.OneTimeSecret;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The webhooks page (admin and ceo): register an endpoint and see its secret once, watch each
 * endpoint's recent deliveries, resend one, turn a disabled endpoint on again, remove one.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "url", "new-endpoint:url",
          "events", "new-endpoint:events",
          "description", "new-endpoint:description");

  @EJB private WebhookService webhooks;

  @Inject private FacesFeedback feedback;

  @Inject private OneTimeSecret createdSecret;

  private List<WebhookEndpointRow> endpoints;
  private WebhookEndpointRow opened;
  private List<WebhookDeliveryRow> deliveries = List.of();
  private String url;
  private List<String> events = new ArrayList<>();
  private String description;

  @PostConstruct
  void init() {
    reload();
  }

  public void register() {
    Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
    // The check boxes post event codes: a generic list of enums would arrive as strings.
    events.forEach(code -> WebhookEvent.of(code).ifPresent(chosen::add));
    if (feedback.attempt(
        FIELDS, () -> createdSecret.show(webhooks.register(url, chosen, description).secret()))) {
      feedback.info("Endpoint added: copy its signing secret now, it is not shown again");
      url = null;
      events = new ArrayList<>();
      description = null;
      reload();
    }
  }

  public void open(WebhookEndpointRow endpoint) {
    if (feedback.attempt(Map.of(), () -> deliveries = webhooks.deliveries(endpoint.id()))) {
      opened = endpoint;
    }
  }

  public void resend(WebhookDeliveryRow delivery) {
    if (feedback.attempt(Map.of(), () -> webhooks.resend(delivery.id()))) {
      feedback.info("Queued: it leaves within seconds");
      open(opened);
    }
  }

  public void enable(WebhookEndpointRow endpoint) {
    if (feedback.attempt(Map.of(), () -> webhooks.enable(endpoint.id()))) {
      feedback.info("Enabled again: new events are sent to it");
    }
    reload();
  }

  public void remove(WebhookEndpointRow endpoint) {
    if (feedback.attempt(Map.of(), () -> webhooks.remove(endpoint.id()))) {
      feedback.info("Endpoint removed");
      if (opened != null && opened.id().equals(endpoint.id())) {
        opened = null;
        deliveries = List.of();
      }
    }
    reload();
  }

  private void reload() {
    endpoints = webhooks.endpoints();
  }

  /** Endpoints a day of failures turned off: the page says so at the top. */
  public List<WebhookEndpointRow> getDisabledForFailing() {
    return endpoints.stream().filter(WebhookEndpointRow::isDisabledForFailing).toList();
  }

  public List<WebhookEvent> getEventChoices() {
    return List.of(WebhookEvent.values());
  }

  public List<WebhookEndpointRow> getEndpoints() {
    return endpoints;
  }

  public WebhookEndpointRow getOpened() {
    return opened;
  }

  public List<WebhookDeliveryRow> getDeliveries() {
    return deliveries;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
