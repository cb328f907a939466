package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.Problem;

/** A request the API refuses before any service runs: its answer is the problem it carries. */
class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ApiException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
