/** The workflow module's place in the platform: its schema migrations, and what its definitions may refer to. */
package io.switchboard.workflow.platform;
