/** User account DTOs: the people and services that may call the platform, and their roles. */
package io.switchboard.api.user;
