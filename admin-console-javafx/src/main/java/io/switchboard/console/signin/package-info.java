/** The sign-in screen: server, user and password for a token, with plain messages for each way it can fail. */
package io.switchboard.console.signin;
