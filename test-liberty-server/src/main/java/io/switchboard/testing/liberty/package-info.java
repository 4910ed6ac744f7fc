/**
 * Test support: starts, stops and kills real Open Liberty servers copied from the installation the platform-ear
 * build creates, for integration tests of any module (the platform's own ITs, the console's end-to-end tests).
 * Never shipped.
 */
package io.switchboard.testing.liberty;
