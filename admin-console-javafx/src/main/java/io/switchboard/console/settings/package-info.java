/** What the console remembers between starts: the last server and user (never a password). */
package io.switchboard.console.settings;
