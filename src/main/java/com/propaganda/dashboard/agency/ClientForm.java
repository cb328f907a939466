package com.propaganda.dashboard.agency;

import java.io.Serializable;

/** The fields of the client forms, as the page binds them. */
public class ClientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String workspace;
  private String email;
  private String phone;
  private String address;
  private String timeZone;
  private String ceoName;
  private String ceoEmail;

  NewClient toNewClient() {
    return new NewClient(name, workspace, email, phone, address, ceoName, ceoEmail);
  }

  void fill(ClientSummary client) {
    name = client.name();
    email = client.email();
    phone = client.phone();
    address = client.address();
    timeZone = client.timeZone();
  }

  void clear() {
    name = workspace = email = phone = address = timeZone = ceoName = ceoEmail = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getCeoName() {
    return ceoName;
  }

  public void setCeoName(String ceoName) {
    this.ceoName = ceoName;
  }

  public String getCeoEmail() {
    return ceoEmail;
  }

  public void setCeoEmail(String ceoEmail) {
    this.ceoEmail = ceoEmail;
  }
}
