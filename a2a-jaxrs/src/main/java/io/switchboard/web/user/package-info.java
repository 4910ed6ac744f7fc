/** User administration endpoints. */
package io.switchboard.web.user;
