/**
 * User accounts and sign-in: users with salted PBKDF2 password hashes and roles, the initial admin account,
 * and exchanging credentials for a signed token. Owns the {@code users} table.
 */
package io.switchboard.agents.account;
