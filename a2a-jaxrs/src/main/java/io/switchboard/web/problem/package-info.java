/**
 * Every REST error as RFC 9457 {@code application/problem+json}: domain failures, validation failures,
 * protocol errors (404, 405, 415, bad JSON), security refusals, and anything unexpected (a 500 with an
 * incident id, never a stack trace).
 */
package io.switchboard.web.problem;
