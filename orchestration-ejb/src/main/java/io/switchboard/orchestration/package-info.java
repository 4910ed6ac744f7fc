/** The orchestrator: executes tasks by calling agents over A2A, records them, and reports platform status. */
package io.switchboard.orchestration;
