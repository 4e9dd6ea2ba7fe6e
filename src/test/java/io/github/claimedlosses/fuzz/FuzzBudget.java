package io.github.claimedlosses.fuzz;

/**
 * How long the fuzz tests fuzz. Without {@code JAZZER_FUZZ} they run their seed corpus only (a regression test, in
 * every {@code mvn test}); {@code mvn verify} fuzzes each for {@value #BUILD_EXECUTIONS} inputs with a fixed seed, so
 * that the build is reproducible; {@code mvn -Pfuzz} fuzzes one for as long as asked (see the README).
 */
final class FuzzBudget {
    /** Inputs each fuzz test tries in {@code mvn verify}. */
    static final long BUILD_EXECUTIONS = 400;

    private FuzzBudget() {
    }
}
