package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.RoleConverter;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who signs in to one client's workspace. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "SELECT u FROM User u WHERE u.email = :email")
public class User extends TenantOwned {

  public static final String FIND_BY_EMAIL = "User.findByEmail";

  @Column(nullable = false)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  @Convert(converter = RoleConverter.class)
  private Role role;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** Set by the database whenever the hash changes (R__password_links.sql). */
  @Column(name = "password_changed_at", insertable = false, updatable = false)
  private OffsetDateTime passwordChangedAt;

  @Column(name = "last_login")
  private OffsetDateTime lastLogin;

  /** Set when someone else reset the user's second factor: older sessions end (SessionGuard). */
  @Column(name = "sessions_ended_at")
  private OffsetDateTime sessionsEndedAt;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected User() {}

  /** Ends every session of the user signed in before now, at its next request. */
  public void endSessions() {
    sessionsEndedAt = Timestamps.now();
  }

  public OffsetDateTime getSessionsEndedAt() {
    return sessionsEndedAt;
  }

  public User(String email, String name, Role role, String passwordHash) {
    super(UUID.randomUUID());
    this.email = email;
    this.name = name;
    this.role = role;
    this.passwordHash = passwordHash;
    this.active = true;
    this.createdAt = Timestamps.now();
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  public void recordSignIn() {
    lastLogin = Timestamps.now();
  }

  /** Keeps the same password under a stronger hash; see {@code PasswordRehash}. */
  public void rehashPassword(String strongerHash) {
    passwordHash = strongerHash;
  }

  public void requirePasswordChange() {
    mustChangePassword = true;
  }

  /** Replaces the hash; the user chose it, unless {@link #requirePasswordChange} follows. */
  public void changePassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = false;
  }

  public void changeRole(Role role) {
    this.role = role;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public OffsetDateTime getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime getLastLogin() {
    return lastLogin;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
