/** Stored workflows: versions (each save immutable), diffs between them, export and import, and the shipped templates. */
package io.switchboard.workflow.catalog;
