/** Ids the platform creates for its own rows. */
package io.switchboard.core.id;
