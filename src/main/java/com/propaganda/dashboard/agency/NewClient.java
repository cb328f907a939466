package com.propaganda.dashboard.agency;

import java.io.Serializable;

/** A client to create together with its first ceo, who sets their own password by a mailed link. */
public record NewClient(
    String name,
    String workspace,
    String email,
    String phone,
    String address,
    String ceoName,
    String ceoEmail)
    implements Serializable {}
