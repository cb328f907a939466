package com.propaganda.dashboard.factors;

/** A row that keeps an account's authenticator: a user's or an operator's. */
interface FactorHolder {

  Authenticator authenticator();
}
