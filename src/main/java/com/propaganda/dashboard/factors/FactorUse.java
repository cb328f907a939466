package com.propaganda.dashboard.factors;

/** What a code typed (or a passkey used) at sign-in turned out to be. */
public enum FactorUse {
  APP_CODE,
  RECOVERY_CODE,
  PASSKEY,
  WRONG
}
