/** What makes a workflow definition valid, and the Jakarta EL expressions its nodes use. */
package io.switchboard.workflow.definition;
