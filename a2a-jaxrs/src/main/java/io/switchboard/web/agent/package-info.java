/** Agent registry endpoints. */
package io.switchboard.web.agent;
