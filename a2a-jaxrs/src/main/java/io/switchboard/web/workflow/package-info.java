/** Workflow definitions over REST: the catalog, versions, diffs, export/import, validation and templates. */
package io.switchboard.web.workflow;
