/**
 * Benchmarks: runnable measurements against a real server, outside the default test run
 * ({@code ./mvnw -Pbench verify}). They print their figures and write them to docs/benchmarks/.
 */
package io.switchboard.bench;
