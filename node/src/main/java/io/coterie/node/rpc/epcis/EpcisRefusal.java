package io.coterie.node.rpc.epcis;

/**
 * Carries an {@link EpcisProblem} out of the depth of a document's mapping to the one place that
 * turns it into a value ({@link CaptureDocument#read}); it never leaves this package.
 */
final class EpcisRefusal extends RuntimeException {
  private final transient EpcisProblem problem;

  EpcisRefusal(EpcisProblem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  static EpcisRefusal at(String pointer, String detail) {
    return new EpcisRefusal(EpcisProblem.validation(pointer, detail));
  }

  EpcisProblem problem() {
    return problem;
  }
}
