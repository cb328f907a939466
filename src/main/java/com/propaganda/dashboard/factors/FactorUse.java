package com.propaganda.dashboard.factors;

/** What a code typed at sign-in turned out to be. */
public enum FactorUse {
  APP_CODE,
  RECOVERY_CODE,
  WRONG
}
