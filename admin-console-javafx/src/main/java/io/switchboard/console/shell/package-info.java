/** The signed-in window: a tab per screen, who is signed in where, sign out. */
package io.switchboard.console.shell;
