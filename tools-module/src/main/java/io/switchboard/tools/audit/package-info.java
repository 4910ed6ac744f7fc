/**
 * The audit of tool invocations: one row per call (refused ones too) with who called, the tool, the
 * arguments with secrets and long values redacted, the outcome and the duration; queried with filters.
 */
package io.switchboard.tools.audit;
