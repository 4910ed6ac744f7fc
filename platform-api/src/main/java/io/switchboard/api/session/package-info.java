/** Conversation sessions as the API shows them. */
package io.switchboard.api.session;
