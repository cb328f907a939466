package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.platform.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of the agency's staff, who provisions clients. Belongs to no client. */
@Entity
@Table(name = "operators")
@NamedQuery(
    name = Operator.FIND_BY_EMAIL,
    query = "SELECT o FROM Operator o WHERE o.email = :email")
public class Operator {

  public static final String FIND_BY_EMAIL = "Operator.findByEmail";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String name;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "last_login")
  private OffsetDateTime lastLogin;

  /** Set by the database whenever the hash changes (R__password_links.sql). */
  @Column(name = "password_changed_at", insertable = false, updatable = false)
  private OffsetDateTime passwordChangedAt;

  protected Operator() {}

  public UUID getId() {
    return id;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getEmail() {
    return email;
  }

  public OffsetDateTime getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public String getName() {
    return name;
  }

  /** Keeps the same password under a stronger hash; see {@code PasswordRehash}. */
  public void rehashPassword(String strongerHash) {
    passwordHash = strongerHash;
  }

  public void changePassword(String newHash) {
    passwordHash = newHash;
  }

  public boolean isActive() {
    return active;
  }

  public void recordSignIn() {
    lastLogin = Timestamps.now();
  }
}
