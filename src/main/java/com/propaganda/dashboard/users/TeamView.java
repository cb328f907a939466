package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The team page (admin and ceo): add users, change roles, deactivate, reset passwords. */
@Named
@ViewScoped
public class TeamView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> NEW_MEMBER_FIELDS =
      Map.of(
          "name", "new-member:name",
          "email", "new-member:email",
          "role", "new-member:role");

  @EJB private TeamService teamService;

  @Inject private FacesFeedback feedback;

  private List<TeamMember> members;
  private String name;
  private String email;
  private Role role = Role.SALES;

  @PostConstruct
  void init() {
    reload();
  }

  public void create() {
    NewMember member = new NewMember(name, email, role);
    if (feedback.attempt(NEW_MEMBER_FIELDS, () -> teamService.create(member))) {
      feedback.info(
          "User added: " + member.email() + " got a link to set their password, valid 3 days");
      name = null;
      email = null;
      role = Role.SALES;
      reload();
    }
  }

  public void changeRole(TeamMember member, Role newRole) {
    if (feedback.attempt(Map.of(), () -> teamService.changeRole(member.id(), newRole))) {
      feedback.info(member.name() + " is now " + newRole.code());
    }
    reload();
  }

  public void setActive(TeamMember member, boolean active) {
    if (feedback.attempt(Map.of(), () -> teamService.setActive(member.id(), active))) {
      feedback.info(member.name() + (active ? " can sign in again" : " can no longer sign in"));
    }
    reload();
  }

  public void sendPasswordLink(TeamMember member) {
    if (feedback.attempt(Map.of(), () -> teamService.sendPasswordLink(member.id()))) {
      feedback.info(member.email() + " got a link to set a new password, valid 3 days");
    }
  }

  public void resetSecondFactor(TeamMember member) {
    if (feedback.attempt(Map.of(), () -> teamService.resetSecondFactor(member.id()))) {
      feedback.info(
          member.name()
              + "'s two-step sign-in is reset and their sessions ended; they sign in with their"
              + " password and may set it up again");
    }
    reload();
  }

  private void reload() {
    members = teamService.members();
  }

  public List<TeamMember> getMembers() {
    return members;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
