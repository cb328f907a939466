package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An agency client: the tenant. Not tenant-owned itself; only operators list clients. */
@Entity
@Table(name = "clients")
@NamedQuery(
    name = Client.FIND_BY_WORKSPACE,
    query = "SELECT c FROM Client c WHERE c.workspace = :workspace")
public class Client {

  public static final String FIND_BY_WORKSPACE = "Client.findByWorkspace";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, unique = true)
  private String email;

  private String phone;

  private String address;

  @Column(nullable = false, unique = true)
  private String workspace;

  @Column(name = "is_active")
  private boolean active;

  /** Changed only through set_client_time_zone(), which recounts the rollups with it. */
  @Column(name = "time_zone", insertable = false, updatable = false)
  private String timeZone = "UTC";

  /** The roles whose people must use a second factor: their codes, joined by commas. */
  @Column(name = "second_factor_roles", nullable = false)
  private String secondFactorRoles = "";

  @Column(name = "sign_in_methods", nullable = false)
  private String signInMethods = SignInMethods.PASSWORD.code();

  @Column(name = "session_idle_minutes", nullable = false)
  private int sessionIdleMinutes = SessionLimits.MAX_IDLE_MINUTES;

  @Column(name = "session_hours", nullable = false)
  private int sessionHours = SessionLimits.MAX_HOURS;

  @Column(name = "api_keys_allowed", nullable = false)
  private boolean apiKeysAllowed = true;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Client() {}

  public Client(String name, String email, String workspace) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.email = email;
    this.workspace = workspace;
    this.active = true;
    this.createdAt = Timestamps.now();
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  public void updateContact(String name, String email, String phone, String address) {
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.address = address;
  }

  public UUID getId() {
    return id;
  }

  public boolean requiresSecondFactor(Role role) {
    return getSecondFactorRoles().contains(role);
  }

  public Set<Role> getSecondFactorRoles() {
    return Arrays.stream(Role.values())
        .filter(role -> Arrays.asList(secondFactorRoles.split(",")).contains(role.code()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public void requireSecondFactorFor(Set<Role> roles) {
    secondFactorRoles =
        Arrays.stream(Role.values())
            .filter(roles::contains)
            .map(Role::code)
            .collect(Collectors.joining(","));
  }

  public SignInMethods signInMethods() {
    return SignInMethods.ofCode(signInMethods);
  }

  public void allowSignInBy(SignInMethods methods) {
    signInMethods = methods.code();
  }

  public SessionLimits sessionLimits() {
    return new SessionLimits(
        Duration.ofMinutes(sessionIdleMinutes), Duration.ofHours(sessionHours));
  }

  public int getSessionIdleMinutes() {
    return sessionIdleMinutes;
  }

  public int getSessionHours() {
    return sessionHours;
  }

  /** Limits already checked against {@link SessionLimits}' bounds (the table checks them too). */
  public void limitSessions(int idleMinutes, int hours) {
    sessionIdleMinutes = idleMinutes;
    sessionHours = hours;
  }

  public boolean allowsApiKeys() {
    return apiKeysAllowed;
  }

  public void allowApiKeys(boolean allowed) {
    apiKeysAllowed = allowed;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getWorkspace() {
    return workspace;
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The zone in which the client's days begin and end and its times are shown. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
