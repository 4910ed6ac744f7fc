/** Model usage reports and conversation sessions. */
package io.switchboard.web.usage;
