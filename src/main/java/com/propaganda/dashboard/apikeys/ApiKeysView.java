package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.web.FacesFeedback;
import com.propaganda.dashboard.web.OneTimeSecret;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API keys page (admin and ceo): make a key, see its secret once, see use, revoke. */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "name", "new-key:name",
          "scopes", "new-key:scopes",
          "expiresAt", "new-key:expires",
          "requestsPerMinute", "new-key:rate");

  @EJB private ApiKeyService apiKeyService;

  @Inject private FacesFeedback feedback;

  @Inject private OneTimeSecret createdSecret;

  private List<ApiKeyRow> keys;
  private List<ApiScope> grantable;
  private String name;
  private List<String> scopes = new ArrayList<>();
  private LocalDate expires;
  private int requestsPerMinute = NewApiKey.DEFAULT_REQUESTS_PER_MINUTE;

  @PostConstruct
  void init() {
    grantable = apiKeyService.grantableScopes();
    reload();
  }

  public void create() {
    NewApiKey request =
        new NewApiKey(
            name,
            chosenScopes(),
            expires == null ? null : expires.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
            requestsPerMinute);
    if (feedback.attempt(
        FIELDS, () -> createdSecret.show(apiKeyService.create(request).secret()))) {
      feedback.info("Key made: copy its secret now, it is not shown again");
      name = null;
      scopes = new ArrayList<>();
      expires = null;
      requestsPerMinute = NewApiKey.DEFAULT_REQUESTS_PER_MINUTE;
      reload();
    }
  }

  // The check boxes post scope codes: a generic list of enums would arrive as strings.
  private Set<ApiScope> chosenScopes() {
    Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
    scopes.forEach(code -> ApiScope.of(code).ifPresent(chosen::add));
    return chosen;
  }

  public void revoke(ApiKeyRow key) {
    if (feedback.attempt(Map.of(), () -> apiKeyService.revoke(key.id()))) {
      feedback.info("Key revoked: requests with it are refused from now on");
    }
    reload();
  }

  private void reload() {
    keys = apiKeyService.keys();
  }

  public List<ApiKeyRow> getKeys() {
    return keys;
  }

  public List<ApiScope> getGrantable() {
    return grantable;
  }

  /** The last day a new key may be valid, for the date picker. */
  public LocalDate getLatestExpiry() {
    return OffsetDateTime.now().plus(ApiKeyService.LONGEST_LIFE).toLocalDate().minusDays(1);
  }

  public LocalDate getTomorrow() {
    return LocalDate.now().plusDays(1);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public LocalDate getExpires() {
    return expires;
  }

  public void setExpires(LocalDate expires) {
    this.expires = expires;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }
}
