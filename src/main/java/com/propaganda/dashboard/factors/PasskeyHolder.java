package com.propaganda.dashboard.factors;

import java.util.UUID;

/** A row that holds one passkey: a user's or an operator's. */
public interface PasskeyHolder {

  UUID getId();

  Passkey getPasskey();
}
